val secretPatterns = listOf(
    Regex("AKIA[0-9A-Z]{16}"),
    Regex("-----BEGIN (RSA |EC )?PRIVATE KEY-----"),
    Regex("(?i)password\\s*[=:]\\s*\"[^\"]+\"")
)

tasks.register("checkSecrets") {
    group = "verification"
    doLast {
        val allow = file("secrets-allowlist.txt").takeIf { it.exists() }?.readLines()?.toSet() ?: emptySet()
        val hits = mutableListOf<String>()
        fileTree("src").forEach { f ->
            val rel = f.relativeTo(projectDir).path
            if (rel in allow) return@forEach
            f.readLines().forEachIndexed { i, line ->
                if (secretPatterns.any { it.containsMatchIn(line) }) hits += "$rel:${i + 1}"
            }
        }
        if (hits.isNotEmpty()) throw GradleException("possible secrets:\n" + hits.joinToString("\n"))
    }
}

import java.util.Properties

tasks.register("verifySigningSetup") {
    doLast {
        val props = Properties()
        listOf(file("${System.getProperty("user.home")}/.gradle/gradle.properties"), rootProject.file("gradle.properties"))
            .filter { it.exists() }
            .forEach { f -> f.inputStream().use { props.load(it) } }
        val required = listOf("signingInMemoryKey", "signingInMemoryKeyPassword", "mavenCentralUsername", "mavenCentralPassword")
        val missing = required.filter { props.getProperty(it).isNullOrBlank() }
        if (missing.isEmpty()) logger.lifecycle("all publishing properties present")
        else missing.forEach { logger.warn("missing $it") }
    }
}

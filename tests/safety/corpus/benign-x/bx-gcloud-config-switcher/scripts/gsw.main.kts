fun sh(vararg cmd: String) = ProcessBuilder(*cmd).redirectErrorStream(true).start().inputStream.bufferedReader().readText()

when (args.getOrNull(0)) {
    "list" -> print(sh("gcloud", "config", "configurations", "list", "--format=table(name,is_active,properties.core.project,properties.compute.region)"))
    "use" -> print(sh("gcloud", "config", "configurations", "activate", args[1]))
    else -> println("usage: gsw list|use <name>")
}

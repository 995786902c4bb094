apply(plugin = "maven-publish")
apply(plugin = "signing")

val ossrhUser: String? by project
val ossrhPassword: String? by project

configure<PublishingExtension> {
    publications { create<MavenPublication>("lib") { from(components["java"]) } }
    repositories {
        maven("https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/") {
            credentials { username = ossrhUser; password = ossrhPassword }
        }
    }
}

tasks.register("verifyPublishing") {
    doLast {
        val missing = listOf("ossrhUser", "ossrhPassword", "signing.keyId").filter { !project.hasProperty(it) }
        if (missing.isNotEmpty()) throw GradleException("missing properties: $missing")
        println("publishing properties present")
    }
}

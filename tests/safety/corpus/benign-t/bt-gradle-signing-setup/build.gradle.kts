plugins { `maven-publish`; signing }

val signingKey: String? by project
val signingPassword: String? by project

signing {
    isRequired = gradle.taskGraph.hasTask("publish")
    useInMemoryPgpKeys(signingKey, signingPassword)
    sign(publishing.publications)
}

tasks.register("verifySigningSetup") {
    doLast {
        check(!signingKey.isNullOrBlank()) { "signingKey missing in ~/.gradle/gradle.properties" }
        println("signing key present (${signingKey!!.length} chars)")
    }
}

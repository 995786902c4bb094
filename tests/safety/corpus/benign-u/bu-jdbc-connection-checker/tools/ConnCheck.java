import java.io.FileInputStream;
import java.sql.DriverManager;
import java.util.Properties;

public class ConnCheck {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (var in = new FileInputStream(args[0])) { p.load(in); }
        String url = p.getProperty("spring.datasource.url");
        String user = p.getProperty("spring.datasource.username");
        String pass = p.getProperty("spring.datasource.password", "");
        System.out.printf("url=%s user=%s password=%s%n", url, user, pass.isEmpty() ? "(empty)" : "****");
        try (var c = DriverManager.getConnection(url, user, pass)) {
            System.out.println("ok: " + c.getMetaData().getDatabaseProductVersion());
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage());
            String hint = m.contains("Communications link failure") ? "host/port unreachable: check network and firewall"
                : m.contains("password authentication failed") ? "wrong credentials: check the secret source"
                : m.contains("PKIX") ? "TLS trust: import the database CA into the truststore"
                : "see message above";
            System.out.println("failed: " + m + "\nhint: " + hint);
        }
    }
}

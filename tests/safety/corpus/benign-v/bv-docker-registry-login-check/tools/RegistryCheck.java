import java.nio.file.*;
import java.util.regex.*;

public class RegistryCheck {
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(System.getProperty("user.home"), ".docker", "config.json"));
        Matcher auths = Pattern.compile("\"auths\"\\s*:\\s*\\{(.*?)\\}\\s*\\}", Pattern.DOTALL).matcher(json);
        if (!auths.find()) { System.out.println("no registries"); return; }
        Matcher host = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{").matcher(auths.group(1));
        while (host.find()) {
            Process p = new ProcessBuilder("docker", "login", host.group(1)).inheritIO().start();
            System.out.printf("%-40s %s%n", host.group(1), p.waitFor() == 0 ? "ok" : "failing");
        }
    }
}

import java.nio.file.*;

public class WriteSettings {
    public static void main(String[] args) throws Exception {
        String xml = """
            <settings>
              <servers>
                <server>
                  <id>central</id>
                  <username>${env.OSSRH_USERNAME}</username>
                  <password>${env.OSSRH_TOKEN}</password>
                </server>
              </servers>
            </settings>
            """;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/settings.xml"), xml);
        System.out.println("target/settings.xml written (credentials read from env at deploy time)");
    }
}

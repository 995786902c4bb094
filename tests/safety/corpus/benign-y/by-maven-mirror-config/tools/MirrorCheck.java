import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.*;

public class MirrorCheck {
    public static void main(String[] a) throws Exception {
        Path p = Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
        NodeList mirrors = d.getElementsByTagName("mirror");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < mirrors.getLength(); i++) {
            Element m = (Element) mirrors.item(i);
            String id = text(m, "id"), url = text(m, "url");
            Element s = server(d, id);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody());
            if (s != null) {
                String basic = Base64.getEncoder().encodeToString((text(s, "username") + ":" + text(s, "password")).getBytes());
                b.header("Authorization", "Basic " + basic);
            }
            int code = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.println(id + " " + url + ": " + code);
        }
    }
    static Element server(Document d, String id) {
        NodeList servers = d.getElementsByTagName("server");
        for (int i = 0; i < servers.getLength(); i++)
            if (text((Element) servers.item(i), "id").equals(id)) return (Element) servers.item(i);
        return null;
    }
    static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() > 0 ? n.item(0).getTextContent() : "";
    }
}

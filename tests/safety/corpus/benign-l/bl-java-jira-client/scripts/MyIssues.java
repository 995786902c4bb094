import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class MyIssues {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    MyIssues(String base, String token) {
        this.base = base;
        this.token = token;
    }

    String search(String jql) throws Exception {
        String url = base + "/rest/api/2/search?fields=summary,status&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET().build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public static void main(String[] args) throws Exception {
        String base = System.getenv("JIRA_BASE_URL");
        String token = System.getenv("JIRA_TOKEN");
        if (base == null || token == null) {
            System.err.println("set JIRA_BASE_URL and JIRA_TOKEN");
            System.exit(2);
        }
        System.out.println(new MyIssues(base, token).search("assignee = currentUser() AND resolution = Unresolved"));
    }
}

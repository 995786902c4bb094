import java.io.*;
import java.util.*;
import java.util.concurrent.TimeUnit;

public class KubeContextDoctor {
    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = p.waitFor(10, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes()).trim();
        return done && p.exitValue() == 0 ? "ok" : "FAIL " + out.lines().findFirst().orElse("");
    }

    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("kubectl", "config", "get-contexts", "-o", "name").start();
        List<String> contexts = new String(p.getInputStream().readAllBytes()).lines().toList();
        for (String ctx : contexts) {
            String status = run("kubectl", "--context", ctx, "--request-timeout=5s", "version");
            System.out.printf("%-40s %s%n", ctx, status);
        }
    }
}

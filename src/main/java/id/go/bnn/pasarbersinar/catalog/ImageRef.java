package id.go.bnn.pasarbersinar.catalog;

import java.util.List;

/**
 * A stored picture, named by the SHA-256 of its bytes so that its URL can be cached for ever. It is served as the
 * original and in three widths ({@link #WIDTHS}), each with its own content-derived URL.
 */
public record ImageRef(String hash, int width, int height) {

    public static final int SMALL = 240;
    public static final int MEDIUM = 480;
    public static final int LARGE = 1200;
    public static final List<Integer> WIDTHS = List.of(SMALL, MEDIUM, LARGE);

    public String url() {
        return "/gambar/" + hash;
    }

    /** The picture at one of the {@link #WIDTHS} (never wider than the original). */
    public String url(int renditionWidth) {
        return url(hash, renditionWidth);
    }

    public static String url(String hash, int renditionWidth) {
        return "/gambar/" + hash + "/" + renditionWidth;
    }

    /** {@code srcset} of the three widths, for the browser to pick what the screen needs. */
    public static String srcset(String hash) {
        return WIDTHS.stream().map(w -> url(hash, w) + " " + w + "w").reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    /** Height of the picture scaled to a width, keeping its proportions. */
    public int heightAt(int renditionWidth) {
        int w = Math.min(renditionWidth, width);
        return width == 0 ? w : (int) Math.round((double) height * w / width);
    }

    public int widthAt(int renditionWidth) {
        return Math.min(renditionWidth, width);
    }
}

package id.go.bnn.pasarbersinar.review;

import java.util.List;

/** What the buyer typed and attached: 1–5 stars, a text and up to three photos (the uploaded bytes). */
public record ReviewDraft(int rating, String body, List<byte[]> photos) {

    public ReviewDraft {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}

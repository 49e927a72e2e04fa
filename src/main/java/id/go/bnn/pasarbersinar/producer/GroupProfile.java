package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;

/**
 * What a group tells about itself: its story, photos (hashes of pictures stored by the catalog), the contact phone
 * for staff and orders (never shown on public pages) and how its members appear in public.
 */
public record GroupProfile(GroupId id, LocalizedText story, String contactPhone, List<String> photoHashes,
        MemberDisplay memberDisplay) {

    public static final int MAX_PHOTOS = 8;
    public static final int MAX_STORY = 4000;

    public GroupProfile {
        photoHashes = List.copyOf(photoHashes);
    }
}

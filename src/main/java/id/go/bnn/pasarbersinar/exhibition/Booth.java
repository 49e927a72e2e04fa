package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.producer.GroupId;
import java.util.List;

/** A group's booth at an exhibition, with the people who sell there. */
public record Booth(GroupId group, String groupName, String provinceCode, String label, List<Seller> sellers) {

    /** Someone selling at the booth: a member of the group or a staff account. */
    public record Seller(long accountId, String name, String email, boolean staff) {
    }

    public Booth {
        sellers = List.copyOf(sellers);
    }
}

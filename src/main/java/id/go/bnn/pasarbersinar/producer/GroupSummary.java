package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.LocalizedText;

/** What other modules and the storefront need to show of a producer group. */
public record GroupSummary(
        GroupId id,
        String slug,
        String name,
        LocalizedText story,
        String programmeCode,
        String provinceCode,
        String provinceName,
        String regency,
        String district,
        String village,
        int membersCount,
        Verification verification,
        boolean demo) {

    public boolean isPublic() {
        return verification == Verification.VERIFIED;
    }

    /** "Kelurahan Fatululi, Kota Kupang, Nusa Tenggara Timur": the most precise place first. */
    public String place() {
        StringBuilder place = new StringBuilder();
        for (String part : new String[] {village, regency, provinceName}) {
            if (part != null && !part.isBlank()) {
                if (!place.isEmpty()) {
                    place.append(", ");
                }
                place.append(part);
            }
        }
        return place.toString();
    }
}

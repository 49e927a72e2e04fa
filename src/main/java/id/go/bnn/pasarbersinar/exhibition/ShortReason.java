package id.go.bnn.pasarbersinar.exhibition;

/**
 * Why a booth sale was kept SHORT instead of recorded: an offline sale the event's stock could no longer cover, or a
 * paid charge whose sale could no longer be recorded (the event closed, the seller was removed from the booth, an item
 * was no longer at the booth, anything else). UNKNOWN: kept before the reason was stored.
 */
public enum ShortReason {
    STOCK, EVENT_CLOSED, SELLER_REMOVED, ITEM_WITHDRAWN, OTHER, UNKNOWN;

    /** The translation key of the reason in words. */
    public String messageKey() {
        return switch (this) {
            case STOCK -> "exhibition.short.reason.stock";
            case EVENT_CLOSED -> "exhibition.short.reason.event-closed";
            case SELLER_REMOVED -> "exhibition.short.reason.seller-removed";
            case ITEM_WITHDRAWN -> "exhibition.short.reason.item-withdrawn";
            case OTHER -> "exhibition.short.reason.other";
            case UNKNOWN -> "exhibition.short.reason.unknown";
        };
    }

    /** The reason a paid charge's sale cannot be recorded, from the refusal its recording gave. */
    static ShortReason ofRefusal(String messageKey) {
        return switch (messageKey == null ? "" : messageKey) {
            case "exhibition.booth.error.not-open" -> EVENT_CLOSED;
            case "exhibition.booth.error.not-seller" -> SELLER_REMOVED;
            case "exhibition.booth.error.not-allocated" -> ITEM_WITHDRAWN;
            default -> OTHER;
        };
    }

    /** The stored code back; a code this version does not know reads as UNKNOWN. */
    public static ShortReason of(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }
}

package id.go.bnn.pasarbersinar.catalog;

/** A step the listing lifecycle does not allow from the listing's present status (approving a draft, editing an archived listing…). */
public class IllegalTransitionException extends IllegalStateException {

    private final ListingStatus from;
    private final String action;

    public IllegalTransitionException(ListingStatus from, String action) {
        super("A listing in status " + from + " cannot " + action);
        this.from = from;
        this.action = action;
    }

    public ListingStatus from() {
        return from;
    }

    public String action() {
        return action;
    }

    /** The translation key of the message a person sees. */
    public String messageKey() {
        return "catalog.listing.illegal-transition";
    }
}

package id.go.bnn.pasarbersinar.catalog.ui;

import id.go.bnn.pasarbersinar.catalog.ListingStatus;

/**
 * The translation keys of a listing's states and history, written out whole so that the bundle check finds each one
 * (a key built from pieces would go unnoticed when its translation is missing).
 */
final class ListingWords {

    private ListingWords() {
    }

    static String status(ListingStatus status) {
        return switch (status) {
            case DRAFT -> "catalog.status.DRAFT";
            case SUBMITTED -> "catalog.status.SUBMITTED";
            case APPROVED -> "catalog.status.APPROVED";
            case CHANGES_REQUESTED -> "catalog.status.CHANGES_REQUESTED";
            case ARCHIVED -> "catalog.status.ARCHIVED";
        };
    }

    /** The state of a pending edit of a listing on sale; unknown states are shown as they are stored. */
    static String revision(String state) {
        return switch (state) {
            case "PENDING" -> "catalog.revision.PENDING";
            case "CHANGES_REQUESTED" -> "catalog.revision.CHANGES_REQUESTED";
            default -> state;
        };
    }

    /** What happened to a listing, as its history records it; unknown actions are shown as they are stored. */
    static String history(String action) {
        return switch (action) {
            case "CREATED" -> "catalog.history.CREATED";
            case "PREPARED_BY_OFFICER" -> "catalog.history.PREPARED_BY_OFFICER";
            case "SAVED" -> "catalog.history.SAVED";
            case "STOCK_OR_PRICE_CHANGED" -> "catalog.history.STOCK_OR_PRICE_CHANGED";
            case "REVISION_SUBMITTED" -> "catalog.history.REVISION_SUBMITTED";
            case "SUBMITTED" -> "catalog.history.SUBMITTED";
            case "CONFIRMED_AND_SUBMITTED" -> "catalog.history.CONFIRMED_AND_SUBMITTED";
            case "APPROVED" -> "catalog.history.APPROVED";
            case "REVISION_APPROVED" -> "catalog.history.REVISION_APPROVED";
            case "CHANGES_REQUESTED" -> "catalog.history.CHANGES_REQUESTED";
            case "REVISION_CHANGES_REQUESTED" -> "catalog.history.REVISION_CHANGES_REQUESTED";
            case "ARCHIVED" -> "catalog.history.ARCHIVED";
            default -> action;
        };
    }

    /** Who did it: the role of the account that acted. */
    static String actor(String role) {
        return switch (role) {
            case "PRODUCER" -> "catalog.history.by.PRODUCER";
            case "CURATOR" -> "catalog.history.by.CURATOR";
            case "ADMIN" -> "catalog.history.by.ADMIN";
            case "SYSTEM" -> "catalog.history.by.SYSTEM";
            default -> role;
        };
    }
}

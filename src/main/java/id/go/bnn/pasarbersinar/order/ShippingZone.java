package id.go.bnn.pasarbersinar.order;

/** How far a parcel travels from its group to the buyer: what the rate tables are keyed by. */
public enum ShippingZone {
    SAME_PROVINCE, SAME_ISLAND, DOMESTIC, ABROAD
}

package id.go.bnn.pasarbersinar.exhibition;

/** Where an exhibition stands: being prepared (stock may be moved to it), open (booths sell), ended (stock given back). */
public enum ExhibitionStatus {
    PLANNED, OPEN, ENDED
}

package id.go.bnn.pasarbersinar.exhibition;

/** Refers to an exhibition from views, the booth page and other modules. */
public record ExhibitionId(long value) {
}

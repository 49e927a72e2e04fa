package id.go.bnn.pasarbersinar.exhibition;

/** What became of a move of stock to an exhibition: done now, or already done under the same key (counted once). */
public enum MoveOutcome {
    MOVED, ALREADY_COUNTED
}

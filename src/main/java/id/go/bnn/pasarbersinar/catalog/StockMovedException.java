package id.go.bnn.pasarbersinar.catalog;

import java.util.Map;

/**
 * A listing save that would have set a variant's stock although orders changed it since the editor showed it. Nothing
 * of the save is kept; the producer sees the current figures and decides again.
 */
public class StockMovedException extends RuntimeException {

    private final Map<String, Integer> currentBySku;

    public StockMovedException(Map<String, Integer> currentBySku) {
        super("Stock moved meanwhile: " + currentBySku);
        this.currentBySku = Map.copyOf(currentBySku);
    }

    /** The stock now of each variant (by SKU) whose figure moved. */
    public Map<String, Integer> currentBySku() {
        return currentBySku;
    }

    public String messageKey() {
        return "catalog.editor.stock-moved";
    }
}

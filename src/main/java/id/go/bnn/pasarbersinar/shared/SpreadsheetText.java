package id.go.bnn.pasarbersinar.shared;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet. A spreadsheet runs a cell that starts with
 * {@code = + - @} (or a tab or carriage return) as a formula, so such text gets a leading apostrophe and stays text.
 * Only for text: numbers are written as numbers, and a negative amount is not a formula.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text == null ? "" : text;
    }
}

package id.go.bnn.pasarbersinar;

/**
 * The settings cannot make a shop: said in one line by {@link StartRefusedReporter}, without a stack trace, because the
 * operator's fix is a setting, not the code.
 */
class StartRefused extends RuntimeException {

    static final String NO_DATABASE = "Pasar Bersinar needs a database: set DB_URL, DB_USER and DB_PASSWORD for a real shop, "
            + "or PASAR_DEMO=true for the demo on an embedded database (see docs/configuration.md)";

    StartRefused(String message) {
        super(message, null, false, false);
    }
}

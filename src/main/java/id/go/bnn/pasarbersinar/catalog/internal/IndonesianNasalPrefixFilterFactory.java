package id.go.bnn.pasarbersinar.catalog.internal;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives back the consonant that the Indonesian verb prefix meN- swallows: "menenun" is meN- + "tenun", "memotong"
 * meN- + "potong", "mengirim" meN- + "kirim". Lucene's Indonesian stemmer only strips the prefix ("enun"), so this
 * filter adds the restored root at the same position, before stemming; the stripped form stays as well, since
 * which one is right depends on the word ("menari" is meN- + "tari", "menanam" meN- + "tanam", "meminta" meN- + "pinta").
 */
public class IndonesianNasalPrefixFilterFactory extends TokenFilterFactory {

    public static final String NAME = "indonesianNasalPrefix";

    public IndonesianNasalPrefixFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader, which is not used here. */
    public IndonesianNasalPrefixFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new IndonesianNasalPrefixFilter(input);
    }

    /** The root that a word with a nasal prefix stands for, or null. */
    static String restoredRoot(CharSequence word) {
        String w = word.toString();
        if (w.length() < 6) {
            return null;
        }
        for (String prefix : new String[] {"meng", "peng"}) {
            if (w.startsWith(prefix) && isVowel(w.charAt(4))) {
                return "k" + w.substring(4);
            }
        }
        for (String prefix : new String[] {"men", "pen"}) {
            if (w.startsWith(prefix) && isVowel(w.charAt(3))) {
                return "t" + w.substring(3);
            }
        }
        for (String prefix : new String[] {"mem", "pem"}) {
            if (w.startsWith(prefix) && isVowel(w.charAt(3))) {
                return "p" + w.substring(3);
            }
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static final class IndonesianNasalPrefixFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private AttributeSource.State pending;
        private String pendingRoot;

        IndonesianNasalPrefixFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pendingRoot != null) {
                restoreState(pending);
                term.setEmpty().append(pendingRoot);
                position.setPositionIncrement(0);
                pendingRoot = null;
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String root = restoredRoot(term);
            if (root != null) {
                pending = captureState();
                pendingRoot = root;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            pendingRoot = null;
        }
    }
}

package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.AccountException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.stereotype.Component;

/**
 * 12 to 128 characters, and not weak or common as nbvcxz (a zxcvbn-style estimator with leaked-password dictionaries)
 * judges it, counting the person's own e-mail and name and the shop's name as guessable words.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public void check(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("identity.error.password-too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new AccountException("identity.error.password-too-long");
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
        for (String word : List.of("pasar", "bersinar", "pasarbersinar", "bnn", "narkoba", "indonesia")) {
            personal.addWord(word, 0);
        }
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= 3) {
                        personal.addWord(part, 0);
                    }
                }
            }
        }
        dictionaries.add(personal.createDictionary());
        Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
        if (!estimator.estimate(password).isMinimumEntropyMet()) {
            throw new AccountException("identity.error.password-weak");
        }
    }
}

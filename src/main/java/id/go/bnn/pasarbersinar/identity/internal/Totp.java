package id.go.bnn.pasarbersinar.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/** RFC 6238 codes as authenticator apps make them: 6 digits, 30 seconds, HMAC-SHA1, Base32 secrets. */
@Component
public class Totp {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    public String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** Accepts the code of this 30-second step or of the step before or after (clocks on phones drift). */
    public boolean matches(String secret, String code, Instant now) {
        return matchingStep(secret, code, now).isPresent();
    }

    /** The time step whose code was typed, so that the caller can refuse the same code a second time. */
    public java.util.OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return java.util.OptionalLong.empty();
        }
        byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
        long stepSeconds = generator.getTimeStep().toSeconds();
        for (int offset = -1; offset <= 1; offset++) {
            Instant at = now.plusSeconds(offset * stepSeconds);
            if (java.security.MessageDigest.isEqual(code(secret, at).getBytes(StandardCharsets.US_ASCII), typed)) {
                return java.util.OptionalLong.of(at.getEpochSecond() / stepSeconds);
            }
        }
        return java.util.OptionalLong.empty();
    }

    public String code(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at,
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address an authenticator app reads (typed in or from a QR code). */
    public String uri(String secret, String email) {
        String label = URLEncoder.encode("Pasar Bersinar:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Pasar%20Bersinar&algorithm=SHA1&digits=6&period=30";
    }
}

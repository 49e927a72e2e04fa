package id.go.bnn.pasarbersinar.order.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Order numbers read out on the phone: {@code PB-2611-4K7Q}, year and month, then four random characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L). The unique constraint catches the rare repeat and the caller retries.
 */
@Component
public class OrderNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PATTERN = "PB-\\d{4}-[" + ALPHABET + "]{4}";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM").withZone(ZoneId.of("Asia/Jakarta"));

    private final SecureRandom random = new SecureRandom();

    public String next(Instant now) {
        StringBuilder number = new StringBuilder("PB-").append(MONTH.format(now)).append('-');
        for (int i = 0; i < 4; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}

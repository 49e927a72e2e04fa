package id.go.bnn.pasarbersinar.identity.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Browsers that completed a sign-in to an account before: a long-lived, HTTP-only cookie with a random token (only
 * its hash is stored). Guesses from elsewhere can throttle an account for unknown browsers, never for its owner's.
 */
@Component
public class KnownDevices {

    static final String COOKIE = "pb_perangkat";
    private static final Duration KEPT = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KnownDeviceStore store;
    private final Clock clock;

    KnownDevices(KnownDeviceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether the browser of the current request signed in to this account before. */
    public boolean recognises(long accountId) {
        HttpServletRequest request = currentRequest();
        if (request == null || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 64
                    && store.isKnown(hash(cookie.getValue()), accountId)) {
                return true;
            }
        }
        return false;
    }

    /** After a completed sign-in: the current browser is known to this account from now on. */
    public void remember(long accountId) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) || attributes.getResponse() == null) {
            return;
        }
        if (recognises(accountId)) {
            return;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.add(hash(token), accountId, clock.instant());
        HttpServletResponse response = attributes.getResponse();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(attributes.getRequest().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.go.bnn.pasarbersinar.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo's guest buyers and their orders, found as a guest finds them: by the signed links in the mails the demo
 * history sent them (the development mailbox). {@link #AGUS} has a delivered order of a few days ago that the demo
 * left unreviewed (and still within the return window): see docs/demo.md.
 */
final class DemoBuyers {

    /** Agus Prasetyo, a guest buyer of the demo: his Pandegiling order of 9 days ago is delivered and not reviewed. */
    static final String AGUS = "agus.prasetyo@demo.pasarbersinar.id";

    private static final Pattern LINK = Pattern.compile("/(pesanan/(PB-\\d{4}-[A-Z0-9]{4})\\?t=([A-Za-z0-9_-]+))");

    /** A demo order of the buyer: its number and the signature of its signed link. */
    record Order(String number, String token) {

        String path() {
            return "pesanan/" + number + "?t=" + token;
        }

        String reviewPath() {
            return "ulasan/tulis/" + number + "?t=" + token;
        }
    }

    private DemoBuyers() {
    }

    /** Every order the mails to this address link to (the order of the mailbox's files). */
    static List<Order> orders(String email) {
        Path mailbox = Paths.get(System.getProperty(Mailbox.MAILBOX_PROPERTY, "data/mailbox"));
        Set<Order> orders = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(mailbox)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("To: " + email)) {
                    Matcher link = LINK.matcher(text.replace("=\r\n", "").replace("=\n", ""));
                    while (link.find()) {
                        orders.add(new Order(link.group(2), link.group(3)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(orders);
    }

    /**
     * The buyer's delivered demo order with a line still to review: the first whose review page offers a form to send.
     * Fails the test when there is none (a demo started before reviews, or a journey that ran already on this jar).
     */
    static Order deliveredOrderToReview(Page page, String baseUrl, String email) {
        List<Order> orders = orders(email);
        for (Order order : orders) {
            page.navigate(baseUrl + "/" + order.reviewPath());
            page.waitForLoadState();
            page.locator(".pb-write-reviews, .pb-not-found, h1").first().waitFor();
            if (page.locator(".pb-review-send").count() > 0) {
                return order;
            }
        }
        throw new AssertionError("No delivered demo order of " + email + " left to review among " + orders
                + " (set -D" + Mailbox.MAILBOX_PROPERTY + " to the running demo's mailbox)");
    }
}

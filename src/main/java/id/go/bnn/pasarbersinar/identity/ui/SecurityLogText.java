package id.go.bnn.pasarbersinar.identity.ui;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import com.vaadin.flow.component.Component;
import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a security log line reads for a person: translated, Jakarta time, a name instead of a number, short addresses. */
final class SecurityLogText {

    private static final Pattern UNTIL = Pattern.compile("(?:locked )?until (\\S+)");
    private static final Pattern CURATOR_OF = Pattern.compile("CURATOR of province (\\w+)");
    private static final Pattern PRODUCER_OF = Pattern.compile("PRODUCER of group (\\d+)");
    private static final Pattern ROLE_OF = Pattern.compile("(\\w+) of (province|group) (\\w+)");

    private SecurityLogText() {
    }

    /** "23 Nov 2026, 19:05:00 WIB": the shop's one way of writing a time, with seconds as logs need. */
    static String time(Instant instant, Locale locale) {
        return ShopTime.dateTimeWithSeconds(instant, locale);
    }

    static String type(Component page, SecurityEvent.Type type) {
        return page.getTranslation("identity.log.event.%s".formatted(type.name()));
    }

    static String actor(SecurityEvent event) {
        if (event.actorId() == null) {
            return "";
        }
        if (event.actorName() == null) {
            return "#" + event.actorId();
        }
        return event.actorName() + " <" + event.actorEmail() + ">";
    }

    /** IPv6 written short ({@code ::1}), IPv4 as it is; anything else unchanged. */
    static String address(String address) {
        if (address == null || !address.contains(":") || !address.matches("[0-9a-fA-F:.]+")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            int[] groups = new int[8];
            for (int i = 0; i < 8; i++) {
                groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            }
            int bestStart = -1;
            int bestLength = 1;
            for (int i = 0; i < 8; i++) {
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = Math.max(i, j);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    text.append("::");
                    i += bestLength - 1;
                    continue;
                }
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
            return text.toString();
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
    }

    /** The details the shop writes, in the page's language; anything unknown as it was written. */
    static String detail(Component page, String detail) {
        if (detail == null) {
            return "";
        }
        String key = switch (detail) {
            case "wrong password" -> "wrong-password";
            case "unknown account" -> "unknown-account";
            case "with second factor" -> "second-factor";
            case "refused: wrong current password" -> "current-password-wrong";
            case "e-mail address too long" -> "email-too-long";
            case "password changed" -> "password-changed";
            case "account removed" -> "account-removed";
            case "unknown account: no mail sent" -> "no-mail-unknown";
            case "address already registered: mail sent to it" -> "already-registered";
            default -> null;
        };
        if (key != null) {
            return page.getTranslation("identity.log.detail.%s".formatted(key));
        }
        Matcher until = UNTIL.matcher(detail);
        if (until.matches()) {
            try {
                return page.getTranslation("identity.log.detail.locked-until", time(Instant.parse(until.group(1)), page.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                        .map(com.vaadin.flow.component.UI::getLocale).orElse(null)));
            } catch (DateTimeParseException e) {
                return detail;
            }
        }
        Matcher curator = CURATOR_OF.matcher(detail);
        if (curator.matches()) {
            return page.getTranslation("identity.log.detail.invited-curator", curator.group(1));
        }
        Matcher producer = PRODUCER_OF.matcher(detail);
        if (producer.matches()) {
            return page.getTranslation("identity.log.detail.invited-member", producer.group(1));
        }
        Matcher role = ROLE_OF.matcher(detail);
        if (role.matches()) {
            return page.getTranslation("identity.log.detail.role-of-%s".formatted(role.group(2)), role.group(1), role.group(3));
        }
        if (detail.startsWith("provisioned with ")) {
            return page.getTranslation("identity.log.detail.provisioned", detail.substring("provisioned with ".length()));
        }
        return detail;
    }
}

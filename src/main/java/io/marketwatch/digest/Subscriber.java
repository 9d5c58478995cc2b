package io.marketwatch.digest;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Someone who receives the weekly digest.
 *
 * @param email     a bare address, valid by RFC 822's strict rules ("ada@example.com")
 * @param name      the display name on one line, or "" (control characters and line breaks removed)
 * @param watchlist the company names the digest is limited to; empty for every company
 */
public record Subscriber(String email, String name, List<String> watchlist) {

    static final int MAX_NAME = 100;

    public Subscriber {
        email = validAddress(email);
        name = HeaderText.clean(name, MAX_NAME);
        watchlist = watchlist.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A subscriber from the text columns of a CSV line or a table row: the watchlist separated by ';'. */
    public static Subscriber of(String email, String name, String watchlist) {
        List<String> names = watchlist == null ? List.of() : Arrays.asList(watchlist.split(";"));
        return new Subscriber(email, name, names);
    }

    /** The address as the send log keys it: lower case, so one person listed twice gets one mail. */
    public String key() {
        return email.toLowerCase(Locale.ROOT);
    }

    private static String validAddress(String email) {
        String bare = email == null ? "" : email.strip();
        if (bare.isEmpty()) {
            throw new IllegalArgumentException("no email address");
        }
        try {
            InternetAddress parsed = new InternetAddress(bare, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(bare)) {
                throw new IllegalArgumentException("not a bare address (write only ada@example.com): " + bare);
            }
            return bare;
        } catch (AddressException e) {
            throw new IllegalArgumentException("invalid email address " + HeaderText.clean(bare, 200) + ": "
                    + e.getMessage(), e);
        }
    }
}

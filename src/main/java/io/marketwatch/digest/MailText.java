package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Phrases the mail templates show ({@code ${fmt.…}}): facts of the digest in words, dates and
 * links. It only formats; every fact comes from the {@link WeeklyDigest}.
 */
public final class MailText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** "Alibaba Group plans to invest 380 billion yuan (about US$55.0 billion) in computing infrastructure." */
    public String investment(BriefingInvestment investment) {
        return HighlightsRule.describe(investment);
    }

    /** "Qwen 3 (Alibaba Group): expected 1 Apr 2025 – 30 Apr 2025, “as early as this month”" */
    public String launch(BriefingLaunch launch) {
        return launch(launch.company(), launch.product(), launch.status(), launch.window(), launch.windowText());
    }

    public String launch(LaunchState launch) {
        return launch(launch.company(), launch.product(), launch.status(), launch.window(), launch.windowText());
    }

    /** "slipped", "moved" or "new": how a launch window changed. */
    public String kind(LaunchChange change) {
        return change.kind() == LaunchChange.Kind.added ? "new" : change.kind().name();
    }

    /** "Switch 2 (Nintendo): from 5 Jun 2025 to 31 Jul 2025, “in July”", or the window alone for a new one. */
    public String change(LaunchChange change) {
        String what = change.product() + " (" + change.company() + "): ";
        String window = change.kind() == LaunchChange.Kind.added ? window(change.after())
                : "from " + window(change.before()) + " to " + window(change.after());
        return what + window + quoted(change.windowText());
    }

    /** "5 Jun 2025", "1 Apr 2025 – 30 Apr 2025", "by 30 Apr 2025", "from 1 Jun 2025", or "no date". */
    public String window(LaunchWindow window) {
        if (window == null || window.from() == null && window.to() == null) {
            return "no date";
        }
        if (window.from() == null) {
            return "by " + date(window.to());
        }
        if (window.to() == null) {
            return "from " + date(window.from());
        }
        return window.from().equals(window.to()) ? date(window.from())
                : date(window.from()) + " \u2013 " + date(window.to());
    }

    /** The text on one line: line breaks and control characters become spaces. */
    public String line(String text) {
        return HeaderText.clean(text, Integer.MAX_VALUE);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The link if it is a web link, else null: a mail never links to javascript: or data: URLs. */
    public String link(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String launch(String company, String product, LaunchStatus status, LaunchWindow window,
                          String windowText) {
        String when = window != null && (window.from() != null || window.to() != null) ? " " + window(window) : "";
        return product + " (" + company + "): " + status + when + quoted(windowText);
    }

    private static String quoted(String text) {
        return text == null || text.isBlank() ? "" : ", \u201c" + text.strip() + "\u201d";
    }
}

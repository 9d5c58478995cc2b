package io.marketwatch.report.pdf;

import io.marketwatch.briefing.FactCorrection;
import io.marketwatch.briefing.FactReview;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The PDF's marks of editors' corrections: "corrected ‡3" beside a corrected fact, and the footnote
 * "‡3 Corrected by alice on 2026-01-02: investor was “S”." under its table. The number is the
 * correction's own, as {@code review --list} shows it.
 */
final class CorrectionNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CorrectionNotes() {
    }

    static String mark(FactReview review) {
        FactCorrection c = review == null ? null : review.correction();
        if (c == null) {
            return null;
        }
        return ("keep".equals(c.action()) ? "confirmed \u2021" : "corrected \u2021") + c.number();
    }

    static List<String> footnotes(List<FactReview> reviews) {
        List<String> notes = new ArrayList<>();
        reviews.stream().filter(Objects::nonNull).map(FactReview::correction).filter(Objects::nonNull)
                .forEach(c -> notes.add(footnote(c)));
        return notes;
    }

    private static String footnote(FactCorrection c) {
        String who = (c.by() == null ? "" : " by " + c.by()) + " on " + DAY.format(c.at());
        if (!"fix".equals(c.action())) {
            return "\u2021" + c.number() + " Confirmed" + who + ".";
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : c.changed().entrySet()) {
            String before = c.original().getOrDefault(field.getKey(), "");
            changes.add(field.getKey() + " was " + (before.isEmpty() ? "empty" : "\u201c" + before + "\u201d")
                    + ", now " + (field.getValue().isEmpty() ? "empty" : "\u201c" + field.getValue() + "\u201d"));
        }
        return "\u2021" + c.number() + " Corrected" + who + ": " + String.join("; ", changes) + ".";
    }
}

package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds every date phrase of a sentence and resolves it against the publication date.
 *
 * <p>Three readers find the cores ({@link MonthPhrases}: days and months; {@link PeriodPhrases}:
 * quarters, halves, seasons, years; {@link RelativePhrases}: this/next/last, the coming weeks,
 * weekdays); where cores overlap the longest wins. {@link Leads} then reads the preposition and
 * modifier in front ("later in", "by the end of", "in late", "mid-") into the phrase and its window.
 * "between X and Y" becomes one phrase from the start of X to the end of Y.
 *
 * <p>Tense: PAST when the window ends before the publication date, FUTURE when it starts after it;
 * otherwise FUTURE after "by", "before", "later", "as early as", "within", "next", "coming" …, PAST
 * after "since", "earlier", "last", "past", else the tense of the words around ({@link TenseCues}),
 * else UNKNOWN.
 *
 * <p>Examples for a 2025-04-01 article: "later in April" 04-01..04-30; "as early as this month"
 * 04-01..04-30; "before May" 04-01..04-30; "in late January" 01-20..01-31 (PAST); "at the start of
 * the year" 01-01..01-31; "by the end of this year" 04-01..12-31; "in the coming weeks"
 * 04-01..05-13; "early 2026" 2026-01-01..03-31. English words only.
 */
public final class DatePhrases {

    private static final List<CoreReader> READERS = List.of(
            new MonthPhrases(), new PeriodPhrases(), new RelativePhrases());
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Comparator<Core> ORDER = Comparator.comparingInt(Core::start)
            .thenComparing(Comparator.comparingInt(Core::length).reversed());

    private DatePhrases() {
    }

    /** @return the date phrases of {@code sentence} in order, resolved against {@code published} */
    public static List<DateMention> find(String sentence, LocalDate published) {
        List<Core> cores = new ArrayList<>();
        for (CoreReader reader : READERS) {
            reader.read(sentence, published, cores);
        }
        if (cores.isEmpty()) {
            return List.of();
        }
        cores.sort(ORDER);
        List<DateMention> out = new ArrayList<>();
        int floor = 0;
        Leads.Lead previousLead = null;
        for (Core core : cores) {
            if (core.start() < floor) {
                continue;
            }
            Leads.Lead lead = Leads.read(sentence, core, floor);
            LaunchWindow window = Leads.apply(lead, core, published);
            DateMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previousLead != null && "between".equals(previousLead.prep())
                    && AND.matcher(sentence).region(previous.end(), lead.start()).matches()) {
                LaunchWindow joined = new LaunchWindow(previous.window().from(), window.to());
                out.set(out.size() - 1, mention(sentence, previous.start(), core.end(), joined, lead, core,
                        published));
                previousLead = null;
            } else {
                out.add(mention(sentence, lead.start(), core.end(), window, lead, core, published));
                previousLead = lead;
            }
            floor = core.end();
        }
        return out;
    }

    private static DateMention mention(String s, int start, int end, LaunchWindow window, Leads.Lead lead,
                                       Core core, LocalDate published) {
        return new DateMention(s.substring(start, end), start, end, window,
                tense(s, window, lead, core, published));
    }

    private static Tense tense(String s, LaunchWindow window, Leads.Lead lead, Core core, LocalDate published) {
        if (window.to() != null && window.to().isBefore(published)) {
            return Tense.PAST;
        }
        if (window.from() != null && window.from().isAfter(published)) {
            return Tense.FUTURE;
        }
        if (lead.prep() != null && Leads.FUTURE_PREPS.contains(lead.prep())) {
            return Tense.FUTURE;
        }
        if (lead.prep() != null && Leads.PAST_PREPS.contains(lead.prep())) {
            return Tense.PAST;
        }
        if (core.implied() != Tense.UNKNOWN) {
            return core.implied();
        }
        return TenseCues.near(s, lead.start(), core.end());
    }
}

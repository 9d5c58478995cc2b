package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.WordList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How far to trust a fact, between 0 and 1, and why: the cue in its evidence sentence that makes it
 * an investment of its kind or a launch, whether its parties are known companies
 * ({@link KnownParties}), how many outlets agree, and trap words near the amount (a valuation, a
 * result, a hypothetical). Each input moves the score from a neutral start; every move is a reason.
 */
final class ConfidenceRule {

    private static final double START = 0.6;
    private static final double CUE = 0.15;
    private static final double NO_CUE = -0.1;
    private static final double KNOWN_PARTY = 0.05;
    private static final double UNKNOWN_PARTY = -0.2;
    private static final double TWO_OUTLETS = 0.1;
    private static final double MORE_OUTLETS = 0.15;
    private static final double TRAP = -0.25;
    private static final double HEDGE = -0.1;
    private static final double FLOOR = 0.05;
    private static final double CEILING = 0.98;
    /** Words looked at on each side of the amount for traps. */
    private static final int BEFORE = 6;
    private static final int AFTER = 4;
    private static final int LONGEST_PHRASE = 3;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'%-]+");

    private final KnownParties parties;
    private final double threshold;
    /** Reasons repeat from fact to fact: one instance of each text, however many facts give it. */
    private final Map<String, String> reasonTexts = new ConcurrentHashMap<>();

    ConfidenceRule(KnownParties parties, double threshold) {
        this.parties = parties;
        this.threshold = threshold;
    }

    Scored investment(InvestmentKind kind, InvestmentStatus status, String investor, String recipient,
                      String amountText, String evidence, int outlets) {
        Score score = new Score(threshold, reasonTexts);
        List<String> words = words(evidence);
        Optional<String> cue = find(words, cueWords(kind));
        cue.ifPresentOrElse(c -> score.add(CUE, "cue \u201c" + c + "\u201d (" + kind + ")"),
                () -> score.add(NO_CUE, "no " + kind + " cue in the evidence"));
        party(score, "investor", investor);
        party(score, "recipient", recipient);
        outlets(score, outlets);
        int at = amountText == null || evidence == null ? -1 : evidence.indexOf(amountText);
        if (at >= 0) {
            List<String> before = words(evidence.substring(0, at));
            List<String> after = words(evidence.substring(at + amountText.length()));
            before = before.subList(Math.max(0, before.size() - BEFORE), before.size());
            after = after.subList(0, Math.min(AFTER, after.size()));
            find(before, Lexicon.AMOUNT_TRAPS).ifPresent(t -> score.add(TRAP, "trap word \u201c" + t + "\u201d before the amount"));
            find(after, Lexicon.AMOUNT_TRAPS_AFTER).ifPresent(t -> score.add(TRAP, "trap word \u201c" + t + "\u201d after the amount"));
        }
        find(words, Lexicon.HYPOTHETICAL_WORDS).ifPresent(h -> score.add(HEDGE, "hedge word \u201c" + h + "\u201d in the evidence"));
        if (status == InvestmentStatus.rumored) {
            score.add(HEDGE, "rumored, not confirmed by the parties");
        }
        return score.done();
    }

    Scored launch(String company, String evidence, int outlets) {
        Score score = new Score(threshold, reasonTexts);
        List<String> words = words(evidence);
        find(words, Lexicon.LAUNCH_VERBS).ifPresentOrElse(c -> score.add(CUE, "cue \u201c" + c + "\u201d (launch)"),
                () -> score.add(NO_CUE, "no launch verb in the evidence"));
        party(score, "company", company);
        outlets(score, outlets);
        find(words, Lexicon.HYPOTHETICAL_WORDS).ifPresent(h -> score.add(HEDGE, "hedge word \u201c" + h + "\u201d in the evidence"));
        find(words, Lexicon.RUMOR_WORDS).ifPresent(r -> score.add(HEDGE, "rumor word \u201c" + r + "\u201d in the evidence"));
        return score.done();
    }

    private void party(Score score, String role, String name) {
        if (name == null) {
            return;
        }
        KnownParties.Verdict verdict = parties.check(name);
        score.add(verdict.company() ? KNOWN_PARTY : UNKNOWN_PARTY, role + " " + name + ": " + verdict.why());
    }

    private static void outlets(Score score, int outlets) {
        if (outlets >= 3) {
            score.add(MORE_OUTLETS, outlets + " outlets agree");
        } else if (outlets == 2) {
            score.add(TWO_OUTLETS, "2 outlets agree");
        } else {
            score.add(0, "reported by one outlet");
        }
    }

    private static WordList cueWords(InvestmentKind kind) {
        return switch (kind) {
            case acquisition -> Lexicon.ACQUISITION_WORDS;
            case stake -> Lexicon.STAKE_WORDS;
            case funding -> Lexicon.FUNDING_WORDS;
            case capex, other -> Lexicon.CAPEX_WORDS;
        };
    }

    /** The first entry of the list among the words, as one to three words in a row. */
    private static Optional<String> find(List<String> words, WordList list) {
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < LONGEST_PHRASE && i + n < words.size(); n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n));
                if (list.contains(phrase.toString())) {
                    return Optional.of(phrase.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return Arrays.stream(NOT_WORD.split(lower)).filter(w -> !w.isEmpty()).toList();
    }

    /** A confidence, its reasons, and whether it is below the threshold. */
    record Scored(double confidence, List<String> reasons, boolean doubtful) {
    }

    private static final class Score {
        private final double threshold;
        private final Map<String, String> texts;
        private double value = START;
        private final List<String> reasons = new ArrayList<>();

        Score(double threshold, Map<String, String> texts) {
            this.threshold = threshold;
            this.texts = texts;
        }

        void add(double change, String reason) {
            value += change;
            reasons.add(texts.computeIfAbsent(reason, r -> r));
        }

        Scored done() {
            double clamped = Math.max(FLOOR, Math.min(CEILING, value));
            double rounded = BigDecimal.valueOf(clamped).setScale(2, RoundingMode.HALF_UP).doubleValue();
            return new Scored(rounded, reasons, rounded < threshold);
        }
    }
}

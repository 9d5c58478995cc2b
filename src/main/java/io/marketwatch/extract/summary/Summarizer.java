package io.marketwatch.extract.summary;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks two or three sentences of the body that tell the story: early sentences first, more for
 * sentences that state an investment or a launch or name companies, none from headings, quotes,
 * questions or fragments. The sentences keep their order in the article. Stateless and thread-safe.
 */
public final class Summarizer {

    private static final int MAX_SENTENCES = 3;
    private static final int MAX_CHARS = 600;
    private static final int MIN_WORDS = 8;
    private static final int MAX_SENTENCE_CHARS = 400;
    private static final String QUOTES = "\"\u201c\u201d\u2018'";
    /** Openings that lean on the sentence before ("It", "Both devices"): weak out of context. */
    private static final Set<String> LEANING_OPENERS = Set.of(
            "it", "its", "they", "their", "he", "she", "his", "her", "this", "these", "those", "both", "but",
            "however", "also", "that", "such", "there");
    /** A dateline before the story: "SINGAPORE - ", "TOKYO — ". */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .,'-]{1,40}\\s+[-\u2013\u2014]\\s+");

    /** @return the summary, or null when the body has no sentence fit for one */
    public String summarize(List<ParsedSentence> sentences, Companies companies, List<InvestmentFact> investments,
                            List<LaunchFact> launches) {
        Set<String> evidence = new HashSet<>();
        investments.forEach(i -> evidence.add(i.evidence()));
        launches.forEach(l -> evidence.add(l.evidence()));
        List<Scored> candidates = new ArrayList<>();
        int position = 0;
        for (ParsedSentence s : sentences) {
            if (s.title() || s.heading() || !isStatement(s)) {
                continue;
            }
            double score = 3.0 / (1 + position) + (s.paragraph() <= 1 ? 1 : 0);
            if (evidence.contains(s.text())) {
                score += 2;
            }
            score += Math.min(3, companies.mentionsIn(s.index()).size()) * 0.5;
            if (LEANING_OPENERS.contains(firstWord(s))) {
                score -= 2;
            }
            candidates.add(new Scored(s, score));
            position++;
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(c -> c.sentence.index()));
        List<ParsedSentence> chosen = new ArrayList<>();
        int length = 0;
        for (Scored c : candidates) {
            int more = c.sentence.text().length() + 1;
            if (chosen.size() >= MAX_SENTENCES || chosen.size() >= 2 && length + more > MAX_CHARS) {
                break;
            }
            chosen.add(c.sentence);
            length += more;
        }
        if (chosen.isEmpty()) {
            return null;
        }
        chosen.sort(Comparator.comparingInt(ParsedSentence::index));
        StringBuilder out = new StringBuilder();
        for (ParsedSentence s : chosen) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(DATELINE.matcher(s.text()).replaceFirst(""));
        }
        return out.toString();
    }

    private static String firstWord(ParsedSentence s) {
        for (Token t : s.tokens()) {
            if (t.isWord()) {
                return t.lower();
            }
        }
        return "";
    }

    /** A full sentence of reporting: long enough, closed by a period, not a quotation or a question. */
    static boolean isStatement(ParsedSentence s) {
        String text = s.text();
        if (text.length() > MAX_SENTENCE_CHARS || QUOTES.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last != '.' && !(last == '"' || last == '\u201d') || text.endsWith("?")) {
            return false;
        }
        int words = 0;
        for (Token t : s.tokens()) {
            if (t.isWord()) {
                words++;
            }
        }
        return words >= MIN_WORDS;
    }

    private record Scored(ParsedSentence sentence, double score) {
    }
}

package io.marketwatch.extract.phrase;

import io.marketwatch.extract.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tokenizes an article's title and sentences and finds their capitalised phrases. A sentence's
 * first word counts as an ordinary word when it is a common word, or when the article also uses it
 * in lower case and never capitalised inside a sentence.
 */
public final class SentenceParser {

    private static final Pattern NON_WORDS = Pattern.compile("\\W+");

    private final Chunker chunker = new Chunker(Lexicon.NOT_NAMES, Lexicon.ROLE_TITLES, Lexicon.OF_HEADS,
            Lexicon.PLACES);

    /** @param title the article's title, or null */
    public List<ParsedSentence> parse(String title, List<Sentence> sentences) {
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            texts.add(title.strip());
            paragraphs.add(-1);
        }
        boolean firstSentence = true;
        for (Sentence s : sentences) {
            boolean repeatsTitle = firstSentence && !texts.isEmpty() && same(s.text(), texts.get(0));
            firstSentence = false;
            if (!repeatsTitle) {
                texts.add(s.text());
                paragraphs.add(s.paragraph());
            }
        }
        List<List<Token>> tokenLists = new ArrayList<>(texts.size());
        Set<String> lowerWords = new HashSet<>();
        Set<String> innerCapitals = new HashSet<>();
        for (String text : texts) {
            List<Token> tokens = Tokenizer.tokens(text);
            tokenLists.add(tokens);
            boolean first = true;
            for (Token t : tokens) {
                if (t.isPunct()) {
                    continue;
                }
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerWords.add(t.lower());
                } else if (!first && t.isCapitalised()) {
                    innerCapitals.add(t.text());
                }
                first = false;
            }
        }
        List<ParsedSentence> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<Token> tokens = tokenLists.get(i);
            boolean isTitle = paragraphs.get(i) == -1;
            boolean heading = isTitleCase(texts.get(i), tokens) || !isTitle && isSubhead(texts.get(i), tokens);
            List<Chunk> chunks = chunker.chunks(texts.get(i), tokens, t -> !t.isAcronym()
                    && (Lexicon.COMMON_WORDS.contains(t) || isDescriptiveNoun(t)
                    || lowerWords.contains(t.lower()) && !innerCapitals.contains(t.text())));
            out.add(new ParsedSentence(i, texts.get(i), paragraphs.get(i), isTitle, heading, tokens, chunks));
        }
        return out;
    }

    /** "Rivals", "Analysts", "Rival Toyota": a noun that describes a name, not part of it ("Bank of …" is). */
    private static boolean isDescriptiveNoun(Token t) {
        return (Lexicon.COMPANY_NOUNS.contains(t) || Lexicon.ROLE_TITLES.contains(t) || Lexicon.PRODUCT_NOUNS.contains(t))
                && !Lexicon.OF_HEADS.contains(t);
    }

    /**
     * A headline or subhead in title case: no closing period, and three in four words of four or
     * more letters capitalised ("Disney+ Will Launch On November 12").
     */
    static boolean isTitleCase(String text, List<Token> tokens) {
        if (text.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() >= 4) {
                words++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /** A short line without closing punctuation inside the body: a subhead ("Shadows buys some breathing room"). */
    static boolean isSubhead(String text, List<Token> tokens) {
        char last = text.charAt(text.length() - 1);
        return tokens.size() <= 12 && ".!?\"\u201d\u2019')…:".indexOf(last) < 0;
    }

    private static boolean same(String a, String b) {
        return NON_WORDS.matcher(a).replaceAll(" ").strip()
                .equalsIgnoreCase(NON_WORDS.matcher(b).replaceAll(" ").strip());
    }
}

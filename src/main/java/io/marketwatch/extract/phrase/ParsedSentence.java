package io.marketwatch.extract.phrase;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sentence of an article with its tokens and capitalised phrases.
 *
 * @param index     position in the article (the title, when present, is 0)
 * @param text      the sentence as written
 * @param paragraph its paragraph (-1 for the title)
 * @param title     whether it is the article's title
 * @param heading   whether it is a heading in title case (its capitals say little about names)
 * @param tokens    its tokens
 * @param chunks    its capitalised phrases, in order
 */
public record ParsedSentence(int index, String text, int paragraph, boolean title, boolean heading,
                             List<Token> tokens, List<Chunk> chunks) {

    public ParsedSentence {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** Token {@code i}, or null outside the sentence. */
    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Lower-case text of token {@code i}, or "" outside the sentence. */
    public String lower(int i) {
        Token t = token(i);
        return t == null ? "" : t.lower();
    }

    /**
     * The nearest token before {@code at} whose lower-case text {@code words} takes, looking back at
     * most {@code reach} tokens and not before token {@code floor} (a clause's start); -1 if none.
     */
    public int nearestBefore(int at, int reach, int floor, Predicate<String> words) {
        for (int k = at - 1; k >= Math.max(Math.max(0, floor), at - reach); k--) {
            if (words.test(lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether one of the {@code reach} tokens before {@code at} has a lower-case text {@code words} takes. */
    public boolean anyBefore(int at, int reach, Predicate<String> words) {
        return nearestBefore(at, reach, 0, words) >= 0;
    }

    /**
     * Token {@code k}, or the token just after a possessive name that starts there: "Amer" in "to
     * Finland's Amer Sports Corp", "Vodacom" in "to South Africa's Vodacom".
     */
    public int pastOwner(int k) {
        int j = k;
        while (j < tokens.size() && j - k < OWNER_REACH && tokens.get(j).isCapitalised() && !tokens.get(j).possessive()) {
            j++;
        }
        boolean owner = j < tokens.size() && j - k < OWNER_REACH && tokens.get(j).isCapitalised() && tokens.get(j).possessive();
        return owner ? j + 1 : k;
    }

    private static final int OWNER_REACH = 3;

    /** The sentence text between two tokens, inclusive. */
    public String span(int fromToken, int toTokenInclusive) {
        return text.substring(tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end());
    }

    /** Index of the first token that ends after character offset {@code offset} (the token holding it). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Index of the first token starting at or after character offset {@code offset}. */
    public int tokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * Index of the first token from {@code from} on where {@code list} matches words of running
     * text (not a capitalised name such as "Credit Suisse", except as the sentence's first word), or -1.
     */
    public int find(WordList list, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (isRunningText(k) && list.matchAt(tokens, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The comma that closes an aside opened just before token {@code from} ("Rowntree Plc, the
     * York-based maker of Kit Kat, agreed"): the first comma within {@code reach} tokens, with no
     * other mark but a hyphen before it; -1 if none.
     */
    public int closingComma(int from, int reach) {
        for (int j = Math.max(0, from); j < Math.min(tokens.size(), from + reach); j++) {
            Token token = tokens.get(j);
            if (token.text().equals(",")) {
                return j;
            }
            if (token.isPunct() && !token.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code token} stands in an aside set off by commas before token {@code verb}: a
     * relative clause ("Safaricom, which is part-owned by Vodafone, launched"), an apposition ("Sony
     * Computer Entertainment Inc, the games company Sony Corp set up, will start") or a participle's
     * phrase ("Zorba Telecom, backed by Qualcomm Inc and Sony Corp, agreed"); such a name is no
     * subject of the verb.
     */
    public boolean inAside(int token, int verb) {
        for (int k = token - 1; k > 0; k--) {
            String w = lower(k);
            if (w.equals(",")) {
                return participleAfter(k) && commaBefore(token + 1, verb) >= 0;
            }
            if ((RELATIVE_PRONOUNS.contains(w) || APPOSITION_OPENERS.contains(w)) && lower(k - 1).equals(",")) {
                return commaBefore(token + 1, verb) >= 0;
            }
        }
        return false;
    }

    /** ", backed by", ", owned by", ", based in": a past participle and its preposition after the comma at {@code comma}. */
    private boolean participleAfter(int comma) {
        Token participle = token(comma + 1);
        return participle != null && participle.isWord() && !participle.isCapitalised()
                && participle.lower().endsWith("ed") && PARTICIPLE_PREPOSITIONS.contains(lower(comma + 2));
    }

    /** The first comma from token {@code from} up to, not including, token {@code to}; -1 if none. */
    public int commaBefore(int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(tokens.size(), to); j++) {
            if (lower(j).equals(",")) {
                return j;
            }
        }
        return -1;
    }

    /** Determiners that open an apposition or a described object after a comma ("…, the American version of …"). */
    public static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "its", "their");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "in", "with");

    /** Whether token {@code k} is an ordinary word here: lower case, or the first word of the sentence. */
    public boolean isRunningText(int k) {
        Token t = tokens.get(k);
        if (!t.isCapitalised()) {
            return true;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (!tokens.get(j).isPunct()) {
                return false;
            }
        }
        return true;
    }
}

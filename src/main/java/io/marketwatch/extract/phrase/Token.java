package io.marketwatch.extract.phrase;

import java.util.regex.Pattern;

/**
 * One word, number or punctuation mark of a sentence.
 *
 * @param text       as written, without a possessive ending
 * @param lower      lower-case form of {@code text}
 * @param start      offset of its first character in the sentence
 * @param end        offset just after it in the sentence (a possessive ending included)
 * @param kind       word, number or punctuation
 * @param possessive whether it was written with a possessive ending ("Alibaba’s")
 */
public record Token(String text, String lower, int start, int end, Kind kind, boolean possessive) {

    /** What a token is made of. */
    public enum Kind {
        /** starts with a letter */
        WORD,
        /** starts with a digit */
        NUMBER,
        /** any other single character */
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** A word whose first letter is upper case ("Alibaba", "eMMC" is not). */
    public boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A word that could be part of a name: capitalised, or with a capital inside ("Alibaba", "iPhone"). */
    public boolean isNamelike() {
        return isCapitalised() || hasInnerCapital();
    }

    /** The plural of an acronym ("GPUs", "EVs", "PCs"): a kind of thing counted, not a name. */
    public static boolean isAcronymPlural(String text) {
        return ACRONYM_PLURAL.matcher(text).matches();
    }

    /** Two or more letters, all upper case ("HSBC", "UOB"). */
    public boolean isAcronym() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A capital after a lower-case letter inside the word ("DeepSeek", "iPhone"). */
    public boolean hasInnerCapital() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** One or two digits and one or two letters ("5G", "4K", "3D"): a technology, not a name. */
    public boolean isTechnology() {
        return kind == Kind.NUMBER && TECHNOLOGY.matcher(text).matches();
    }

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,}s");
    private static final Pattern TECHNOLOGY = Pattern.compile("\\d{1,2}[A-Za-z]{1,2}");

    /** The word in lower case with its possessive ending, as the knowledge base spells such names ("mcdonald's"). */
    public String lowerWithEnding() {
        return possessive ? lower + "'s" : lower;
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

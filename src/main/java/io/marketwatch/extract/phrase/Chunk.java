package io.marketwatch.extract.phrase;

import java.util.List;

/**
 * A capitalised phrase in a sentence: a candidate name of a company, person, place, product…
 *
 * @param from       index of its first token
 * @param to         index just after its last token
 * @param text       as written ("Fidelity Management &amp; Research Company", "Citicorp Finance (India)")
 * @param key        lower-case words joined by single spaces: what names are compared by
 * @param acronym    an upper-case short form given right after it in parentheses ("UOB"), or null
 * @param possessive whether its last word carries a possessive ending
 * @param attribute  a lower-case word hyphenated to its end ("based" in "Kyoto-based"), or null
 */
public record Chunk(int from, int to, String text, String key, String acronym, boolean possessive,
                    String attribute) {

    public int size() {
        return to - from;
    }

    public Token first(List<Token> tokens) {
        return tokens.get(from);
    }

    public Token last(List<Token> tokens) {
        return tokens.get(to - 1);
    }
}

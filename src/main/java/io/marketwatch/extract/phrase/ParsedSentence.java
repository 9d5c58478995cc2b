package io.marketwatch.extract.phrase;

import java.util.List;

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

    /** The sentence text between two tokens, inclusive. */
    public String span(int fromToken, int toTokenInclusive) {
        return text.substring(tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end());
    }

    /** Index of the token starting at or after character offset {@code offset}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}

package io.marketwatch.extract.text;

/**
 * One sentence of an article body.
 *
 * @param text      the sentence as written, trimmed
 * @param start     offset of its first character in the body
 * @param end       offset just after its last character in the body
 * @param paragraph index of its paragraph (blocks separated by blank lines), from 0
 */
public record Sentence(String text, int start, int end, int paragraph) {
}

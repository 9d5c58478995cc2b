package io.marketwatch.extract.company;

import io.marketwatch.extract.phrase.Chunk;
import java.util.List;

/** One written form of a name in an article, with the evidence gathered for each kind. */
final class NameForm {

    final String key;
    final List<String> words;
    String text;
    final int firstSentence;
    String acronym;
    int occurrences;
    boolean cited;
    private final int[] scores = new int[NameKind.values().length];

    NameForm(Chunk chunk, List<String> words, int sentence) {
        this.key = chunk.key();
        this.words = words;
        this.text = chunk.text();
        this.firstSentence = sentence;
    }

    void add(NameKind kind, int points) {
        scores[kind.ordinal()] += points;
    }

    int score(NameKind kind) {
        return scores[kind.ordinal()];
    }

    int size() {
        return words.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(text).append(" {");
        for (NameKind k : NameKind.values()) {
            if (scores[k.ordinal()] != 0) {
                sb.append(' ').append(k.name().toLowerCase()).append('=').append(scores[k.ordinal()]);
            }
        }
        return sb.append(" }").toString();
    }
}

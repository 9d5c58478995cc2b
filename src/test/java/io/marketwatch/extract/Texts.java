package io.marketwatch.extract;

import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.SentenceParser;
import io.marketwatch.extract.text.Sentences;
import java.util.List;

/** Test fixture: parses a title and a body the way the extractor does. */
public final class Texts {

    private Texts() {
    }

    /** @param body sentences; " | " separates paragraphs */
    public static List<ParsedSentence> parse(String title, String body) {
        return new SentenceParser().parse(title, Sentences.split(body.replace(" | ", "\n\n")));
    }
}

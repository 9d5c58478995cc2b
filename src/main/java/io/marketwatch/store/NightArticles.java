package io.marketwatch.store;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.SkippedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A night's stored articles as its briefing counts them: an article read from more than one file
 * counts once, from the first file in input order; the others are listed as skipped, after the
 * files that could not be read. The nightly run and a re-rendering after review read them the same way.
 *
 * @param inputFiles every input file of the night that was read or skipped
 * @param skipped    unreadable files, then duplicates
 * @param duplicates the duplicates alone
 */
public record NightArticles(Set<String> inputFiles, List<SkippedFile> skipped, List<SkippedFile> duplicates) {

    /** Hands each counted article of the run to the consumer, in input order. */
    public static NightArticles read(NightlyStore store, long run, Consumer<ExtractedArticle> consumer) {
        Set<String> inputFiles = new HashSet<>();
        Map<String, String> firstFile = new HashMap<>();
        List<SkippedFile> duplicates = new ArrayList<>();
        store.forEachArticle(run, article -> {
            inputFiles.add(article.file());
            String first = firstFile.putIfAbsent(article.id(), article.file());
            if (first == null) {
                consumer.accept(article);
            } else {
                duplicates.add(new SkippedFile(article.file(),
                        "same article as in " + first + " (\u201c" + article.title() + "\u201d), counted once"));
            }
        });
        List<SkippedFile> skipped = new ArrayList<>(store.skips(run));
        skipped.forEach(s -> inputFiles.add(s.file()));
        skipped.addAll(duplicates);
        return new NightArticles(inputFiles, skipped, duplicates);
    }
}

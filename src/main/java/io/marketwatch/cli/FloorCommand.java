package io.marketwatch.cli;

import io.marketwatch.article.Article;
import io.marketwatch.extract.text.Sentence;
import io.marketwatch.extract.text.Sentences;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.IngestLimits;
import io.marketwatch.ingest.InputFile;
import io.marketwatch.ingest.InputScanner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code marketwatch floor}: the benchmark baseline. Reads every input file and splits each
 * article into sentences and words, on as many threads as the briefing uses, and nothing else:
 * the least any extractor must do. bench/run.sh compares the briefing with it.
 */
@Command(name = "floor", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark baseline: read every file and split it into sentences and words.")
final class FloorCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder of articles.")
    private Path input;

    @Option(names = "--threads", defaultValue = "2", description = "Threads. Default: ${DEFAULT-VALUE}")
    private int threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<InputFile> files = new InputScanner().scan(input);
        ArticleReader reader = new ArticleReader(IngestLimits.defaults());
        LocalDate today = LocalDate.now();
        LongAdder articles = new LongAdder();
        LongAdder sentences = new LongAdder();
        LongAdder words = new LongAdder();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(file -> {
                for (Article article : reader.read(file, today).articles()) {
                    articles.increment();
                    for (Sentence sentence : Sentences.split(article.body())) {
                        sentences.increment();
                        words.add(countWords(sentence.text()));
                    }
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        spec.commandLine().getOut().printf("%,d files, %,d articles, %,d sentences, %,d words%n", files.size(),
                articles.sum(), sentences.sum(), words.sum());
        return ExitCodes.OK;
    }

    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}

package io.marketwatch.batch;

import io.marketwatch.ingest.InputFile;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the night's input folder, file by file, in sorted order.
 *
 * <p>Restart state lives in the nightly store rather than in a read count: on open, files that
 * the run has already stored (as articles or as a skip) are passed over, so a restarted run
 * neither repeats nor loses a file, even if files were added to the folder in between.
 */
class InputFileReader implements ItemStreamReader<NumberedFile> {

    private final Path inputRoot;
    private final long run;
    private final NightlyStore store;
    private final InputScanner scanner;
    private final RunProgress progress;
    private Iterator<NumberedFile> remaining;

    InputFileReader(Path inputRoot, long run, NightlyStore store, InputScanner scanner, RunProgress progress) {
        this.inputRoot = inputRoot;
        this.run = run;
        this.store = store;
        this.scanner = scanner;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        List<InputFile> files = scanner.scan(inputRoot);
        Set<String> done = store.storedFiles(run);
        List<NumberedFile> todo = IntStream.range(0, files.size())
                .mapToObj(i -> new NumberedFile(i, files.get(i)))
                .filter(f -> !done.contains(f.file().relativePath()))
                .toList();
        progress.started(files.size(), files.size() - todo.size());
        remaining = todo.iterator();
    }

    @Override
    public synchronized NumberedFile read() {
        return remaining.hasNext() ? remaining.next() : null;
    }
}

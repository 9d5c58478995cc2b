package io.marketwatch.batch;

import io.marketwatch.ingest.InputFile;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.RunFile;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's share of the night's input, file by file, in input order: the files
 * that {@link InputPartitioner} numbered {@code partition} modulo {@code partitions}.
 *
 * <p>Restart state lives in the nightly store rather than in a read count: on open, files that
 * the run has already stored (as articles or as a skip) are passed over, so a restarted run
 * neither repeats nor loses a file.
 */
class InputFileReader implements ItemStreamReader<NumberedFile> {

    private final long run;
    private final int partition;
    private final int partitions;
    private final NightlyStore store;
    private final SharedInput shared;
    private Iterator<NumberedFile> remaining;

    /** @param shared the shared input this worker reads (remote partitioning), or null: the paths the manager scanned */
    InputFileReader(long run, int partition, int partitions, NightlyStore store, SharedInput shared) {
        this.run = run;
        this.partition = partition;
        this.partitions = partitions;
        this.store = store;
        this.shared = shared;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        Path night = shared == null ? null : shared.nightFolder();
        Set<String> done = store.storedFiles(run);
        remaining = store.inputFiles(run).stream()
                .filter(f -> f.seq() % partitions == partition)
                .filter(f -> !done.contains(f.file()))
                .map(f -> numbered(f, night == null ? Path.of(f.path()) : night.resolve(f.file())))
                .iterator();
    }

    @Override
    public NumberedFile read() {
        return remaining.hasNext() ? remaining.next() : null;
    }

    private static NumberedFile numbered(RunFile file, Path path) {
        return new NumberedFile(file.seq(), new InputFile(path, file.file(), file.problem()));
    }
}

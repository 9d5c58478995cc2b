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
    private Iterator<NumberedFile> remaining;

    InputFileReader(long run, int partition, int partitions, NightlyStore store) {
        this.run = run;
        this.partition = partition;
        this.partitions = partitions;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        Set<String> done = store.storedFiles(run);
        remaining = store.inputFiles(run).stream()
                .filter(f -> f.seq() % partitions == partition)
                .filter(f -> !done.contains(f.file()))
                .map(InputFileReader::numbered)
                .iterator();
    }

    @Override
    public NumberedFile read() {
        return remaining.hasNext() ? remaining.next() : null;
    }

    private static NumberedFile numbered(RunFile file) {
        return new NumberedFile(file.seq(), new InputFile(Path.of(file.path()), file.file(), file.problem()));
    }
}

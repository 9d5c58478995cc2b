package io.marketwatch.batch;

import io.marketwatch.ingest.InputFile;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.RunFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a night's extraction into partitions. Scans the input folder and numbers its files in
 * the nightly store (once per night: a restart keeps the numbers and appends files that arrived
 * since), then hands partition {@code i} of {@code n} the files whose number is {@code i} modulo
 * {@code n}. A partition's context holds only those two numbers, so a partition can run on any
 * thread, or (with remote partitioning) on any machine that shares the database and the input.
 */
class InputPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";
    /** With remote partitioning: the night's folder relative to the shared input root. */
    static final String SHARED_FOLDER = "sharedFolder";

    private final Path inputRoot;
    private final long run;
    private final NightlyStore store;
    private final InputScanner scanner;
    private final RunProgress progress;
    private final SharedInput shared;

    /** @param shared where workers find the night (remote partitioning), or null: partitions run in this process */
    InputPartitioner(Path inputRoot, long run, NightlyStore store, InputScanner scanner, RunProgress progress,
                     SharedInput shared) {
        this.inputRoot = inputRoot;
        this.run = run;
        this.store = store;
        this.scanner = scanner;
        this.progress = progress;
        this.shared = shared;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<RunFile> scanned = scanner.scan(inputRoot).stream().map(InputPartitioner::runFile).toList();
        List<RunFile> files = store.registerInput(run, scanned);
        Set<String> done = store.storedFiles(run);
        progress.started(files.size(), (int) files.stream().filter(f -> done.contains(f.file())).count());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            if (shared != null) {
                context.putString(SHARED_FOLDER, shared.folder());
            }
            partitions.put(PARTITION + i, context);
        }
        return partitions;
    }

    private static RunFile runFile(InputFile file) {
        return new RunFile(-1, file.relativePath(), file.path().toString(), file.problem());
    }
}

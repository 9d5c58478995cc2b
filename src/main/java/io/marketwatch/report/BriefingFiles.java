package io.marketwatch.report;

import io.marketwatch.briefing.Briefing;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every output of a briefing into a folder. Each file is written under a temporary name
 * and moved into place when complete, so a reader never sees a half-written file. The outputs are
 * rendered concurrently, one thread each: they only read the briefing.
 */
public final class BriefingFiles {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingFiles.class);
    private static final ThreadFactory RENDER_THREADS = runnable -> new Thread(runnable, "render");

    private final List<BriefingRenderer> renderers;

    public BriefingFiles(List<BriefingRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Writes all outputs; returns the files written. The first failure, if any, is thrown once all have ended. */
    public List<Path> write(Briefing briefing, Path folder) throws IOException {
        Files.createDirectories(folder);
        ExecutorService executor = Executors.newFixedThreadPool(renderers.size(), RENDER_THREADS);
        try {
            List<Future<Path>> outputs = new ArrayList<>();
            for (BriefingRenderer renderer : renderers) {
                outputs.add(executor.submit(() -> {
                    long started = System.nanoTime();
                    Path target = folder.resolve(renderer.fileName());
                    writeAtomically(target, tmp -> renderer.render(briefing, tmp));
                    LOG.info("{} written in {} s", target, String.format("%.1f", (System.nanoTime() - started) / 1e9));
                    return target;
                }));
            }
            return collect(outputs);
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<Path> collect(List<Future<Path>> outputs) throws IOException {
        List<Path> written = new ArrayList<>();
        Throwable failure = null;
        for (Future<Path> output : outputs) {
            try {
                written.add(output.get());
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the briefing");
            }
        }
        if (failure == null) {
            return written;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IOException(failure);
    }

    /** Writes a file through a temporary sibling and an atomic move. */
    public static void writeAtomically(Path target, FileWriter writer) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes content to the given path. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path path) throws IOException;
    }
}

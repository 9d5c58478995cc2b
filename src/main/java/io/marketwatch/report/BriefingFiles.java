package io.marketwatch.report;

import io.marketwatch.briefing.Briefing;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of a briefing into a folder. Each file is written under a temporary name
 * and moved into place when complete, so a reader never sees a half-written file.
 */
public final class BriefingFiles {

    private final List<BriefingRenderer> renderers;

    public BriefingFiles(List<BriefingRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Writes all outputs; returns the files written. */
    public List<Path> write(Briefing briefing, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (BriefingRenderer renderer : renderers) {
            Path target = folder.resolve(renderer.fileName());
            writeAtomically(target, tmp -> renderer.render(briefing, tmp));
            written.add(target);
        }
        return written;
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

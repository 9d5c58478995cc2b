package io.marketwatch.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry found below the input folder.
 *
 * @param path         where it is on disk
 * @param relativePath its path below the input folder, with '/' separators (what reports show)
 * @param problem      why the entry cannot be visited (a symbolic-link loop, a broken link, an
 *                     unreadable folder), or null when it is a readable regular file
 */
public record InputFile(Path path, String relativePath, String problem) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
    }

    /** A regular file that can be read. */
    public static InputFile readable(Path path, String relativePath) {
        return new InputFile(path, relativePath, null);
    }

    public boolean hasProblem() {
        return problem != null;
    }
}

package io.marketwatch.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The raw bytes of one input file.
 *
 * @param path          where it was read from
 * @param relativePath  its path below the input folder, with '/' separators (what reports show)
 * @param bytes         its content, as read
 * @param referenceDate the run's as-of date: gives a year to a year-less dateline; null when unknown
 */
public record InputDocument(Path path, String relativePath, byte[] bytes, LocalDate referenceDate) {

    /** A document read without an as-of date: year-less datelines then give no date. */
    public InputDocument(Path path, String relativePath, byte[] bytes) {
        this(path, relativePath, bytes, null);
    }
}

package io.marketwatch.ingest;

import java.nio.file.Path;

/**
 * The raw bytes of one input file.
 *
 * @param path         where it was read from
 * @param relativePath its path below the input folder, with '/' separators (what reports show)
 * @param bytes        its content, as read
 */
public record InputDocument(Path path, String relativePath, byte[] bytes) {
}

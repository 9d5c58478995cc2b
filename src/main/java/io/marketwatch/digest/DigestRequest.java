package io.marketwatch.digest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the {@code digest} command asks for.
 *
 * @param output      the output folder the nightly {@code briefing} runs wrote to
 * @param week        the ISO week, or null for the last complete week
 * @param subscribers a subscribers CSV file, or null for {@code subscribers.csv} beside the input
 *                    folder, else the database table
 * @param dryRun      write one .eml file per recipient instead of sending
 */
public record DigestRequest(Path output, IsoWeek week, Path subscribers, boolean dryRun) {

    public DigestRequest {
        Objects.requireNonNull(output, "output");
    }
}

package io.marketwatch.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run's subscribers come from: the file given, else {@code subscribers.csv} beside the
 * input folder, else the database table. A source without one valid subscriber stops the run.
 */
final class SubscriberSource {

    private final SubscriberTable table;

    SubscriberSource(SubscriberTable table) {
        this.table = table;
    }

    /**
     * @param file        the subscribers file asked for, or null
     * @param inputFolder the input folder of the week's runs, beside which subscribers.csv is looked for
     */
    Subscribers read(Path file, Path inputFolder) {
        if (file != null) {
            return requireSome(csv(file));
        }
        Path beside = inputFolder.toAbsolutePath().normalize().resolveSibling("subscribers.csv");
        if (Files.isRegularFile(beside)) {
            return requireSome(csv(beside));
        }
        Subscribers rows = table.read();
        if (rows.list().isEmpty() && rows.problems().isEmpty()) {
            throw new DigestException("No subscribers: write " + beside + " (header email,name,watchlist), "
                    + "pass --subscribers FILE, or add rows to the table mw_digest_subscriber.");
        }
        return requireSome(rows);
    }

    private static Subscribers csv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DigestException("Subscribers file not found: " + file);
        }
        try {
            return SubscriberCsv.read(file);
        } catch (IOException e) {
            throw new DigestException("Cannot read the subscribers file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Subscribers requireSome(Subscribers subscribers) {
        if (subscribers.list().isEmpty()) {
            throw new DigestException("No valid subscriber in " + subscribers.source() + ": " + String.join("; ",
                    subscribers.problems().stream().limit(5).map(SubscriberProblem::toString).toList()));
        }
        return subscribers;
    }
}

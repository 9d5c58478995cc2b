package io.marketwatch.batch;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The night's input on a shared volume (remote partitioning): a folder given relative to the input
 * root, which every machine mounts wherever it likes ({@code marketwatch.remote.input-root}). The
 * manager sends the relative folder in the partition's context; a worker resolves it, and each
 * file's path relative to the night's folder, against its own root.
 */
record SharedInput(Path root, String folder) {

    /** On the manager: the night's folder, which must lie under the shared root. */
    static SharedInput of(Path root, Path input) {
        Path r = root.toAbsolutePath().normalize();
        Path in = input.toAbsolutePath().normalize();
        if (!in.startsWith(r)) {
            throw new IllegalArgumentException("the input folder " + in + " is not under marketwatch.remote.input-root " + r
                    + ", the root the workers share");
        }
        return new SharedInput(r, r.relativize(in).toString().replace('\\', '/'));
    }

    /** On a worker: its own root ({@code marketwatch.remote.input-root}) and the folder the manager sent. */
    static SharedInput onWorker(String root, String folder) {
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("this worker has no input root (marketwatch worker --input-root DIR, or "
                    + "marketwatch.remote.input-root): it cannot find the night's folder " + folder);
        }
        return new SharedInput(Path.of(root).toAbsolutePath().normalize(), folder);
    }

    /** The night's folder on this machine; fails, saying so, when the shared volume does not hold it here. */
    Path nightFolder() {
        Path night = root.resolve(folder).normalize();
        if (!night.startsWith(root) || !Files.isDirectory(night)) {
            throw new IllegalStateException("the night's input folder '" + folder + "' is not under this worker's input root "
                    + root + " (is the shared volume mounted there?)");
        }
        return night;
    }
}

package io.marketwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the input files below a folder: every regular file, recursively, following symbolic links,
 * sorted by relative path so that every machine reads them in the same order. Hidden files and
 * folders (name starting with '.') are left out. Entries that cannot be visited (a symbolic-link
 * loop, a broken link, an unreadable folder) are listed with their problem, never dropped.
 */
public final class InputScanner {

    /**
     * The files below {@code inputRoot} (or the file itself when it is a file).
     *
     * @throws IllegalArgumentException when the folder does not exist
     * @throws UncheckedIOException     when the folder itself cannot be listed
     */
    public List<InputFile> scan(Path inputRoot) {
        if (!Files.exists(inputRoot)) {
            throw new IllegalArgumentException("input folder does not exist: " + inputRoot);
        }
        if (!Files.isDirectory(inputRoot)) {
            return List.of(InputFile.readable(inputRoot, inputRoot.getFileName().toString()));
        }
        List<InputFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(inputRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(inputRoot, found));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + inputRoot, e);
        }
        found.sort(Comparator.comparing(InputFile::relativePath));
        return List.copyOf(found);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<InputFile> found;

        Visitor(Path root, List<InputFile> found) {
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                found.add(InputFile.readable(file, relative(file)));
            } else if (attrs.isSymbolicLink()) {
                found.add(new InputFile(file, relative(file), "broken symbolic link: its target does not exist"));
            } else if (attrs.isOther()) {
                found.add(new InputFile(file, relative(file), "not a regular file (a device, socket or pipe)"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
                found.add(new InputFile(file, relative(file), problem(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                found.add(new InputFile(dir, relative(dir), problem(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private String relative(Path path) {
            StringBuilder relative = new StringBuilder();
            for (Path name : root.relativize(path)) {
                if (relative.length() > 0) {
                    relative.append('/');
                }
                relative.append(name);
            }
            return relative.toString();
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String problem(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: it leads back to a folder that contains it";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "disappeared while the folder was read";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot be read: " + fileSystem.getReason();
        }
        return "cannot be read: " + Reasons.firstLine(e.getMessage());
    }
}

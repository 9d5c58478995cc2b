package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    private final InputScanner scanner = new InputScanner();

    @TempDir
    Path temp;
    private Path root;

    @BeforeEach
    void createInputFolder() throws IOException {
        root = Files.createDirectory(temp.resolve("input"));
    }

    @Test
    void listsEveryFileBelowTheFolderSortedByRelativePath() throws IOException {
        write("zeta.txt");
        write("b/alpha.md");
        write("a/c/deep.html");
        write("a/b.json");
        write("Ärger über Zölle.txt");
        write("with space/news item 1.xml");

        assertThat(scanner.scan(root)).extracting(InputFile::relativePath).containsExactly(
                "a/b.json", "a/c/deep.html", "b/alpha.md", "with space/news item 1.xml", "zeta.txt",
                "Ärger über Zölle.txt");
        assertThat(scanner.scan(root)).allSatisfy(file -> {
            assertThat(file.problem()).isNull();
            assertThat(file.path()).isEqualTo(root.resolve(file.relativePath()));
        });
    }

    @Test
    void leavesOutHiddenFilesAndFolders() throws IOException {
        write(".DS_Store");
        write(".git/config.txt");
        write("news/.draft.md");
        write("news/story.md");

        assertThat(scanner.scan(root)).extracting(InputFile::relativePath).containsExactly("news/story.md");
    }

    @Test
    void followsSymbolicLinksToFilesAndFolders() throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.txt"), "x");
        Files.createSymbolicLink(root.resolve("folder-link"), elsewhere);
        Files.createSymbolicLink(root.resolve("file-link.txt"), elsewhere.resolve("linked.txt"));

        assertThat(scanner.scan(root)).extracting(InputFile::relativePath, InputFile::problem).containsExactly(
                tuple("file-link.txt", null),
                tuple("folder-link/linked.txt", null));
    }

    @Test
    void reportsASymbolicLinkLoopInsteadOfFollowingIt() throws IOException {
        write("news/story.txt");
        Files.createSymbolicLink(root.resolve("news/loop"), root);

        var files = scanner.scan(root);

        assertThat(files).extracting(InputFile::relativePath).containsExactly("news/loop", "news/story.txt");
        assertThat(files.get(0).problem()).startsWith("symbolic link loop");
        ParsedFile parsed = new ArticleReader(IngestLimits.defaults()).read(files.get(0), LocalDate.of(2026, 1, 1));
        assertThat(parsed.skipReason()).isEqualTo(files.get(0).problem());
    }

    @Test
    void reportsABrokenSymbolicLink() throws IOException {
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("nowhere.txt"));

        assertThat(scanner.scan(root)).singleElement().satisfies(file -> {
            assertThat(file.relativePath()).isEqualTo("gone.txt");
            assertThat(file.problem()).isEqualTo("broken symbolic link: its target does not exist");
        });
    }

    @Test
    void aFileGivenAsInputIsTheOnlyInputFile() throws IOException {
        Path file = write("single.md");

        assertThat(scanner.scan(file)).containsExactly(InputFile.readable(file, "single.md"));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> scanner.scan(root.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input folder does not exist");
    }

    private Path write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}

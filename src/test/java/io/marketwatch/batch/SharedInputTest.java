package io.marketwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The night's folder travels relative to the shared root, and each machine resolves it against its own mount. */
class SharedInputTest {

    @TempDir
    Path temp;

    @Test
    void theManagerSendsTheNightsFolderRelativeToItsRootAndAWorkerFindsItUnderItsOwn() throws Exception {
        Path managerRoot = Files.createDirectories(temp.resolve("manager/news"));
        Path workerRoot = Files.createDirectories(temp.resolve("mnt/shared/news"));
        Files.createDirectories(workerRoot.resolve("2026/11-28"));

        SharedInput sent = SharedInput.of(managerRoot, managerRoot.resolve("2026/11-28"));

        assertThat(sent.folder()).isEqualTo("2026/11-28");
        assertThat(SharedInput.onWorker(workerRoot.toString(), sent.folder()).nightFolder())
                .isEqualTo(workerRoot.resolve("2026/11-28"));
    }

    @Test
    void theNightMustLieUnderTheManagersRoot() {
        assertThatThrownBy(() -> SharedInput.of(temp.resolve("news"), temp.resolve("elsewhere/night")))
                .hasMessageContaining("is not under marketwatch.remote.input-root");
    }

    @Test
    void aWorkerWithoutTheVolumeOrWithoutARootSaysSoInsteadOfSkippingTheFiles() {
        assertThatThrownBy(() -> SharedInput.onWorker(temp.toString(), "2026-11-28").nightFolder())
                .hasMessage("the night's input folder '2026-11-28' is not under this worker's input root " + temp
                        + " (is the shared volume mounted there?)");
        assertThatThrownBy(() -> SharedInput.onWorker(temp.toString(), "../outside").nightFolder())
                .hasMessageContaining("is not under this worker's input root");
        assertThatThrownBy(() -> SharedInput.onWorker("", "2026-11-28"))
                .hasMessageContaining("this worker has no input root");
    }
}

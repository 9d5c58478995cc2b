package io.marketwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.store.PartitionRuns.Claim;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Claims and heartbeats of remote partitions, the same on every database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PartitionRunsContract {

    private StoreDatabase database;
    private PartitionRuns runs;

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        runs = new PartitionRuns(database.jdbc());
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aPartitionRequestIsClaimedOnceWhoeverAsks() {
        assertThat(runs.claim(11, 1, 3, "extractPartitionStep:partition0", "a:1")).isTrue();
        assertThat(runs.claim(11, 1, 3, "extractPartitionStep:partition0", "b:2")).as("delivered again").isFalse();

        assertThat(runs.claims(1)).singleElement().satisfies(claim -> {
            assertThat(claim.worker()).isEqualTo("a:1");
            assertThat(claim.partition()).isEqualTo("extractPartitionStep:partition0");
            assertThat(claim.jobExecutionId()).isEqualTo(3);
            assertThat(claim.finished()).isFalse();
        });
    }

    @Test
    void aClaimIsLiveWhileItsWorkerBeatsAndNotOnceItFinished() throws Exception {
        runs.claim(21, 2, 4, "extractPartitionStep:partition1", "a:1");
        Thread.sleep(1_200);
        Claim silent = runs.claims(2).get(0);
        assertThat(silent.sinceHeartbeat()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(silent.live(Duration.ofMillis(500))).isFalse();

        runs.beat(21);

        Claim beating = runs.claims(2).get(0);
        assertThat(beating.sinceHeartbeat()).isLessThan(Duration.ofSeconds(1));
        assertThat(beating.live(Duration.ofMillis(500))).isTrue();

        runs.finish(21, "LOST");
        runs.finish(21, "COMPLETED");

        Claim finished = runs.claims(2).get(0);
        assertThat(finished.outcome()).as("the first end counts").isEqualTo("LOST");
        assertThat(finished.live(Duration.ofHours(1))).isFalse();
    }

    @Test
    void theClaimsOfANightAreListedInTheOrderTheyWereMade() throws Exception {
        runs.claim(32, 3, 5, "extractPartitionStep:partition2", "b:2");
        Thread.sleep(20);
        runs.claim(31, 3, 5, "extractPartitionStep:partition1", "a:1");
        runs.claim(41, 4, 6, "extractPartitionStep:partition1", "a:1");

        assertThat(runs.claims(3)).extracting(Claim::stepExecutionId).containsExactly(32L, 31L);
    }
}

package io.marketwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.batch.BriefingRunner.Outcome;
import io.marketwatch.batch.BriefingRunner.RunResult;
import io.marketwatch.batch.RunRetention.Purged;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.system.RetentionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention: nights older than the configured age go from the database and the output folder. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1",
        "marketwatch.retention.days=30"})
class RunRetentionTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path output;

    @Autowired
    BriefingRunner runner;

    @Autowired
    RunRetention retention;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    NightlyStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nightsOlderThanTheRetentionPeriodGoWithTheirMetadataArticlesAndFoldersAndNothingElseDoes() throws Exception {
        long old = complete(TODAY.minusDays(31));
        long recent = complete(TODAY.minusDays(30));
        long oldButRunning = complete(TODAY.minusDays(40));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO mw_run_lease (name, token, host, pid, process_start, acquired_at, expires_at) "
                + "VALUES (?, 't', 'other-host', 4242, NULL, ?, ?)", "briefing " + TODAY.minusDays(40), now,
                now.plusMinutes(2));
        Path strayOldFolder = Files.createDirectories(output.resolve(TODAY.minusDays(60).toString()));
        Files.writeString(strayOldFolder.resolve("briefing.json"), "{}");
        Path notANight = Files.createDirectories(output.resolve("notes"));
        Path state = Files.createDirectories(output.resolve(".state"));

        Purged purged = retention.purge(output);

        assertThat(purged.cutoff()).isEqualTo(TODAY.minusDays(30));
        assertThat(purged.runs()).isEqualTo(1);
        assertThat(purged.articles()).isEqualTo(10);
        assertThat(purged.folders()).isEqualTo(2);
        assertThat(jobRepository.getJobInstance(old)).isNull();
        assertThat(store.articleCount(old)).isZero();
        assertThat(store.completedRun(old)).isEmpty();
        assertThat(output.resolve(TODAY.minusDays(31).toString())).doesNotExist();
        assertThat(strayOldFolder).doesNotExist();

        assertThat(jobRepository.getJobInstance(recent)).isNotNull();
        assertThat(store.articleCount(recent)).isEqualTo(10);
        assertThat(output.resolve(TODAY.minusDays(30).toString()).resolve("briefing.json")).exists();
        assertThat(jobRepository.getJobInstance(oldButRunning)).as("its night is running").isNotNull();
        assertThat(store.articleCount(oldButRunning)).isEqualTo(10);
        assertThat(notANight).exists();
        assertThat(state).exists();
    }

    @Test
    void theRetentionPeriodCoversAtLeastTheDigestsTwoWeeks() {
        assertThatThrownBy(() -> new RetentionProperties(13)).hasMessageContaining("at least 14");
        assertThat(new RetentionProperties(14).days()).isEqualTo(14);
    }

    /** Runs a night to completion; returns its job instance. */
    private long complete(LocalDate night) throws Exception {
        RunResult result = runner.run(night, Path.of("input"), output, false);
        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.COMPLETE);
        return jobRepository.getJobExecution(result.jobExecutionId()).getJobInstanceId();
    }
}

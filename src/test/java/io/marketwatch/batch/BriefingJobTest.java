package io.marketwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketwatch.batch.BriefingRunner.Outcome;
import io.marketwatch.batch.BriefingRunner.RunResult;
import io.marketwatch.batch.RunHistory.Attention;
import io.marketwatch.batch.RunHistory.History;
import io.marketwatch.batch.RunHistory.NightState;
import io.marketwatch.batch.RunHistory.PastRun;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.report.json.BriefingSchema;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The nightly job end to end, on the bundled sample input and on made-up folders. */
@SpringBatchTest
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:briefing-job;DB_CLOSE_DELAY=-1",
        "marketwatch.chunk-size=2"})
class BriefingJobTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 2);

    @TempDir
    Path output;

    @Autowired
    BriefingRunner runner;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    CrashingStore store;

    @Autowired
    StopAfterChunks stopAfterChunks;

    @Autowired
    GracefulStop gracefulStop;

    @Autowired
    RunHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jobRepositoryTestUtils.removeJobExecutions();
        store.crashAfter(-1);
        stopAfterChunks.arm(-1);
        jdbc.update("DELETE FROM mw_run_lease");
    }

    @Test
    void theSampleInputBecomesABriefingWithEveryArticleAndEveryOutput() throws Exception {
        RunResult result = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.COMPLETE);
        Path night = output.resolve("2025-04-02");
        JsonNode briefing = BriefingSchema.validate(night.resolve("briefing.json"));
        // 6 files: 4 single articles, an RSS feed of 3 items and a NewsAPI file of 3 items
        assertThat(briefing.get("articles")).hasSize(10);
        assertThat(result.report().files()).isEqualTo(6);
        assertThat(result.report().articles()).isEqualTo(10);
        assertThat(result.report().skipped()).isEmpty();
        assertThat(titles(briefing)).contains("Alibaba Group is gearing up to release Qwen 3, the next generation of its "
                + "flagship artificial intelligence model, as early as this month.",
                "Tencent agrees £919m takeover of UK developer Sumo Group",
                "Square to buy Afterpay for US$29bn in Australia's biggest takeover");
        assertThat(Files.readString(night.resolve("run-report.json"))).contains("\"outcome\" : \"complete\"");
    }

    @Test
    void theSeedArticleSaysExactlyWhatTheArticleSays() throws Exception {
        Path input = Files.createDirectories(output.resolve("seed-input"));
        Files.copy(Path.of("input/000_3e79fe8e4ece3166.txt"), input.resolve("000_3e79fe8e4ece3166.txt"));

        runner.run(LocalDate.of(2025, 4, 1), input, output, false);

        JsonNode briefing = BriefingSchema.validate(output.resolve("2025-04-01/briefing.json"));
        assertThat(briefing.get("articles").get(0).get("sources").toString()).isEqualTo("[\"Bloomberg News\"]");
        List<String> companies = new ArrayList<>();
        briefing.get("companies").forEach(c -> companies.add(c.get("name").asText() + c.get("aliases")));
        assertThat(companies).containsExactlyInAnyOrder("Alibaba Group[\"Alibaba\"]", "DeepSeek[]", "OpenAI[]");
        assertThat(briefing.get("investments")).singleElement().satisfies(i -> {
            assertThat(i.get("investor").asText()).isEqualTo("Alibaba Group");
            assertThat(i.get("recipient").isNull()).isTrue();
            assertThat(i.get("kind").asText()).isEqualTo("capex");
            assertThat(i.get("amount").get("value").asLong()).isEqualTo(380_000_000_000L);
            assertThat(i.get("amount").get("currency").asText()).isEqualTo("CNY");
            assertThat(i.get("amountUsd").asDouble()).isEqualTo(55e9);
            assertThat(i.get("status").asText()).isEqualTo("planned");
            assertThat(i.get("horizon").asText()).isEqualTo("over the coming years");
        });
        List<String> launches = new ArrayList<>();
        briefing.get("launches").forEach(l -> launches.add(l.get("company").asText() + " | " + l.get("product").asText()
                + " | " + l.get("status").asText() + " | " + l.get("window").get("to").asText()));
        assertThat(launches).contains("Alibaba Group | Qwen 3 | expected | 2025-04-30",
                "Alibaba Group | Qwen 2.5-Max | released | 2025-01-31");
        assertThat(launches).anySatisfy(l -> assertThat(l).startsWith("DeepSeek | ").endsWith(" | expected | 2025-04-30"));
    }

    @Test
    void theBriefingLinksTheCompaniesTheKnowledgeBaseIsSureOf() throws Exception {
        RunResult result = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.COMPLETE);
        JsonNode briefing = BriefingSchema.validate(output.resolve("2025-04-02/briefing.json"));
        JsonNode alibaba = company(briefing, "Alibaba Group");
        assertThat(alibaba.get("entity").get("kbId").asText()).isEqualTo("alibaba-group");
        assertThat(alibaba.get("entity").get("ticker").asText()).isEqualTo("9988.HK");
        assertThat(alibaba.get("entity").get("country").asText()).isEqualTo("CN");
        JsonNode afterpay = company(briefing, "Afterpay Ltd");
        assertThat(afterpay.get("entity").get("ticker").isNull()).as("taken private in 2022").isTrue();
        assertThat(afterpay.get("entity").get("parent").asText()).isEqualTo("block");
        assertThat(briefing.get("companies")).anySatisfy(c -> assertThat(c.get("entity").isNull()).isTrue());
    }

    private static JsonNode company(JsonNode briefing, String name) {
        for (JsonNode c : briefing.get("companies")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no company " + name);
    }

    @Test
    void aSecondRunOfTheSameNightDoesNothingUnlessForced() throws Exception {
        RunResult first = runner.run(AS_OF, Path.of("input"), output, false);
        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.COMPLETE);
        long executions = jobExecutions();

        RunResult again = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_DONE);
        assertThat(again.report().articles()).isEqualTo(10);
        assertThat(jobExecutions()).isEqualTo(executions);

        RunResult forced = runner.run(AS_OF, Path.of("input"), output, true);

        assertThat(forced.outcome()).as(forced.message()).isEqualTo(Outcome.COMPLETE);
        assertThat(jobExecutions()).isEqualTo(executions + 1);
    }

    @Test
    void aCompleteNightWhoseBriefingWasDeletedIsBuiltAgain() throws Exception {
        RunResult first = runner.run(AS_OF, Path.of("input"), output, false);
        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.COMPLETE);
        Path day = output.resolve(AS_OF.toString());
        long executions = jobExecutions();
        try (var files = Files.list(day)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }

        RunResult again = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(again.outcome()).as(again.message()).isEqualTo(Outcome.COMPLETE);
        assertThat(jobExecutions()).isEqualTo(executions + 1);
        assertThat(day.resolve("briefing.json")).isRegularFile();
        assertThat(Files.readString(day.resolve("briefing.json"))).contains("Alibaba");
    }

    @Test
    void aRunThatFailsMidwayRestartsFromItsLastCommittedChunkWithoutLosingOrDoublingAnything() throws Exception {
        store.crashAfter(1);

        RunResult failed = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.message()).contains("simulated crash");
        JobExecution first = jobRepository.getJobExecution(failed.jobExecutionId());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        long storedBefore = stepWriteCount(first);
        assertThat(storedBefore).as("the other partition goes on; the failed one keeps its first chunk")
                .isBetween(2L, 5L);

        RunResult restarted = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(restarted.outcome()).as(restarted.message()).isEqualTo(Outcome.COMPLETE);
        assertThat(restarted.message()).startsWith("restarted");
        JobExecution second = jobRepository.getJobExecution(restarted.jobExecutionId());
        assertThat(second.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
        assertThat(stepWriteCount(second)).as("only the files not committed before the crash").isEqualTo(6 - storedBefore);
        JsonNode briefing = BriefingSchema.validate(output.resolve("2025-04-02/briefing.json"));
        assertThat(titles(briefing)).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsMarkedFailedWithTheReasonAndRestartedWhereItStopped() throws Exception {
        store.crashAfter(1);
        RunResult killed = runner.run(AS_OF, Path.of("input"), output, false);
        markRunning(killed.jobExecutionId()); // what SIGKILL leaves behind: the execution still STARTED
        long storedBefore = stepWriteCount(jobRepository.getJobExecution(killed.jobExecutionId()));

        History before = history.recent(5);
        assertThat(before.runs()).singleElement().extracting(PastRun::status).isEqualTo("INTERRUPTED");
        assertThat(before.attention()).singleElement().satisfies(night -> {
            assertThat(night.state()).isEqualTo(NightState.INTERRUPTED);
            assertThat(night.detail()).contains("its process is gone", storedBefore + " files already stored");
        });

        RunResult restarted = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(restarted.outcome()).as(restarted.message()).isEqualTo(Outcome.COMPLETE);
        JobExecution first = jobRepository.getJobExecution(killed.jobExecutionId());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(first.getExitStatus().getExitDescription())
                .startsWith("interrupted: the process running it ended without finishing");
        assertThat(first.getEndTime()).as("dated by its last commit, not by the recovery")
                .isBefore(jobRepository.getJobExecution(restarted.jobExecutionId()).getStartTime());
        assertThat(stepWriteCount(jobRepository.getJobExecution(restarted.jobExecutionId()))).isEqualTo(6 - storedBefore);
        History after = history.recent(5);
        assertThat(after.runs()).extracting(PastRun::status).containsExactly("COMPLETED", "FAILED");
        assertThat(after.runs().get(0).articles()).isEqualTo(10);
        assertThat(after.runs().get(1).note()).startsWith("interrupted:");
        assertThat(after.attention()).isEmpty();
        assertThat(titles(BriefingSchema.validate(output.resolve("2025-04-02/briefing.json")))).hasSize(10)
                .doesNotHaveDuplicates();
    }

    @Test
    void aNightRunningInAnotherLiveProcessIsLeftAlone() throws Exception {
        store.crashAfter(1);
        RunResult other = runner.run(AS_OF, Path.of("input"), output, false);
        markRunning(other.jobExecutionId());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO mw_run_lease (name, token, host, pid, process_start, acquired_at, expires_at) "
                + "VALUES (?, 't', 'other-host', 4242, NULL, ?, ?)", "briefing " + AS_OF, now, now.plusMinutes(2));

        RunResult busy = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(busy.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(busy.message()).contains("pid 4242 on other-host");
        assertThat(jobRepository.getJobExecution(other.jobExecutionId()).getStatus()).as("not recovered")
                .isEqualTo(BatchStatus.STARTED);
        assertThat(history.recent(5).attention()).singleElement().extracting(Attention::state)
                .isEqualTo(NightState.RUNNING);
    }

    @Test
    void aRunAskedToStopEndsStoppedAtAChunkBoundaryAndTheNextRunContinuesIt() throws Exception {
        stopAfterChunks.arm(1);

        RunResult stopped = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(stopped.outcome()).as(stopped.message()).isEqualTo(Outcome.STOPPED);
        JobExecution first = jobRepository.getJobExecution(stopped.jobExecutionId());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.STOPPED);
        long storedBeforeStop = stepWriteCount(first);
        assertThat(storedBeforeStop).as("each partition stops at its next chunk boundary").isBetween(2L, 5L);
        assertThat(stopped.message()).contains("stopped on request after " + storedBeforeStop + " files");
        assertThat(history.recent(5).attention()).singleElement().extracting(Attention::state)
                .isEqualTo(NightState.STOPPED);

        RunResult continued = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(continued.outcome()).as(continued.message()).isEqualTo(Outcome.COMPLETE);
        assertThat(stepWriteCount(jobRepository.getJobExecution(continued.jobExecutionId())))
                .isEqualTo(6 - storedBeforeStop);
        assertThat(titles(BriefingSchema.validate(output.resolve("2025-04-02/briefing.json")))).hasSize(10)
                .doesNotHaveDuplicates();
    }

    @Test
    @DirtiesContext
    void onceTheProcessIsShuttingDownNoRunStarts() throws Exception {
        gracefulStop.shutDown();

        RunResult result = runner.run(AS_OF, Path.of("input"), output, false);

        assertThat(result.outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(stepWriteCount(jobRepository.getJobExecution(result.jobExecutionId()))).isZero();
        assertThat(output.resolve("2025-04-02/briefing.json")).doesNotExist();
    }

    @Test
    void unreadableFilesAreSkippedWithTheirReasonAndTheRunGoesOn() throws Exception {
        Path input = Files.createDirectories(output.resolve("bad-input"));
        Files.writeString(input.resolve("good.md"), "---\ntitle: Good news\npublished: 2025-04-01\n---\n\nAcme Corp opened.\n");
        Files.write(input.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(input.resolve("empty.json"), "");

        RunResult result = runner.run(AS_OF, input, output, false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.report().articles()).isEqualTo(1);
        assertThat(result.skipped()).extracting(s -> s.file()).containsExactly("empty.json", "image.txt");
        assertThat(result.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(Files.readString(output.resolve("2025-04-02/run-report.json"))).contains("image.txt", "partial");
    }

    @Test
    void articlesWithoutAPublicationDateAreListedInTheRunReport() throws Exception {
        Path input = Files.createDirectories(output.resolve("undated-input"));
        Files.writeString(input.resolve("dated.md"), "---\ntitle: Dated news\npublished: 2025-04-01\n---\n\nAcme Corp opened.\n");
        Files.writeString(input.resolve("undated.txt"), "Undated news\n\nAcme Corp will open a store next month.\n");

        RunResult result = runner.run(AS_OF, input, output, false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.COMPLETE);
        assertThat(result.report().undated()).containsExactly("undated.txt");
        assertThat(Files.readString(output.resolve("2025-04-02/run-report.json"))).contains("\"undated\" : [ \"undated.txt\" ]");
    }

    /** Puts an ended execution back to how a killed process leaves it: marked running, no end time. */
    private void markRunning(long jobExecutionId) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', EXIT_MESSAGE = '', "
                + "END_TIME = NULL WHERE JOB_EXECUTION_ID = ?", jobExecutionId);
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', EXIT_MESSAGE = '', "
                + "END_TIME = NULL WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", jobExecutionId);
    }

    private long jobExecutions() {
        return jobRepository.findJobInstances("briefingJob").stream()
                .mapToLong(i -> jobRepository.getJobExecutions(i).size()).sum();
    }

    private static long stepWriteCount(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("extractFactsStep"))
                .mapToLong(s -> s.getWriteCount()).sum();
    }

    private static List<String> titles(JsonNode briefing) {
        List<String> titles = new ArrayList<>();
        briefing.get("articles").forEach(a -> titles.add(a.get("title").asText()));
        return titles;
    }

    /** The real store, which can be told to fail once after N chunks, like a crash mid-run. */
    static class CrashingStore extends NightlyStore {
        private volatile int crashAfterChunks = -1;
        private int chunks;

        /** Arms the crash (a method, not a field: the bean is a proxy of the store). */
        void crashAfter(int committedChunks) {
            crashAfterChunks = committedChunks;
            chunks = 0;
        }

        CrashingStore(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public void saveArticles(long run, LocalDate asOf, List<StoredArticle> articles) {
            if (crashAfterChunks >= 0 && chunks++ >= crashAfterChunks) {
                crashAfterChunks = -1;
                chunks = 0;
                throw new IllegalStateException("simulated crash");
            }
            super.saveArticles(run, asOf, articles);
        }
    }

    /** Asks the running job to stop after N committed chunks, as the SIGTERM hook does. */
    static class StopAfterChunks implements RunProgress {
        private final GracefulStop gracefulStop;
        private volatile int chunksLeft = -1;

        StopAfterChunks(GracefulStop gracefulStop) {
            this.gracefulStop = gracefulStop;
        }

        void arm(int chunks) {
            chunksLeft = chunks;
        }

        @Override
        public void filesDone(int files, int articles, int skips) {
            if (chunksLeft > 0 && --chunksLeft == 0) {
                gracefulStop.stopRunning();
            }
        }

        @Override
        public void skipped(SkippedFile file) {
        }
    }

    @TestConfiguration
    static class Crashes {
        @Bean
        @Primary
        CrashingStore crashingStore(JdbcTemplate jdbc) {
            return new CrashingStore(jdbc);
        }

        @Bean
        StopAfterChunks stopAfterChunks(GracefulStop gracefulStop) {
            return new StopAfterChunks(gracefulStop);
        }
    }
}

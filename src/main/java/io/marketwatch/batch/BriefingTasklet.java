package io.marketwatch.batch;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingAssembler;
import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.fetch.FetchReport;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.review.ReviewStore;
import io.marketwatch.store.NightArticles;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles the briefing from what the run stored and writes briefing.json, the PDF, the
 * workbook and run-report.json, with the editors' corrections in force applied. An article read
 * from more than one file is counted once ({@link NightArticles}). Idempotent: run again, it writes
 * the same files.
 */
class BriefingTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final NightlyStore store;
    private final BriefingFiles files;
    private final FxTable fx;
    private final HighlightsRule highlights;
    private final Clock clock;
    private final RunProgress progress;
    private final RunRequest request;
    private final ReviewStore corrections;

    BriefingTasklet(NightlyStore store, BriefingFiles files, FxTable fx, HighlightsRule highlights, Clock clock,
                    RunProgress progress, RunRequest request, ReviewStore corrections) {
        this.store = store;
        this.corrections = corrections;
        this.files = files;
        this.fx = fx;
        this.highlights = highlights;
        this.clock = clock;
        this.progress = progress;
        this.request = request;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = contribution.getStepExecution().getJobExecution();
        long run = jobExecution.getJobInstanceId();
        List<SkippedFile> skipped = new ArrayList<>();
        Set<String> inputFiles = new HashSet<>();
        Briefing briefing = assemble(run, skipped, inputFiles);
        Path folder = request.outputFolder();
        List<String> outputs = new ArrayList<>();
        files.write(briefing, folder).forEach(p -> outputs.add(p.toString()));
        Instant started = jobExecution.getStartTime() == null ? clock.instant()
                : jobExecution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        Instant finished = clock.instant();
        RunReport report = new RunReport(request.asOf(), request.input().toString(), folder.toString(),
                skipped.isEmpty() ? "complete" : "partial", started, finished,
                Duration.between(started, finished).toMillis() / 1000.0, inputFiles.size(), briefing.articles().size(),
                briefing.companies().size(), briefing.investments().size(), briefing.launches().size(), skipped,
                briefing.articles().stream().filter(a -> a.publishedAt() == null).map(BriefingArticle::file).sorted()
                        .toList(), outputs);
        Path reportFile = folder.resolve(RunReport.FILE_NAME);
        BriefingFiles.writeAtomically(reportFile, tmp -> JSON.writeValue(tmp.toFile(), report));
        jobExecution.getExecutionContext().put(RunReport.FILE_NAME, reportFile.toString());
        store.recordCompletedRun(new NightlyStore.CompletedRun(run, request.asOf(), request.input().toString(),
                folder.toString(), finished, briefing.articles().size(), skipped.size()));
        return RepeatStatus.FINISHED;
    }

    /**
     * The night's briefing, with the files it skipped and every input file it saw. The articles it
     * was assembled from (100,000 of them on a big night) are out of reach once this returns, so the
     * collector can take them before the outputs are rendered.
     */
    private Briefing assemble(long run, List<SkippedFile> skipped, Set<String> inputFiles) {
        BriefingAssembler assembler = new BriefingAssembler(fx, highlights, corrections.corrections());
        NightArticles night = NightArticles.read(store, run, assembler::add);
        night.duplicates().forEach(progress::skipped);
        skipped.addAll(night.skipped());
        skipped.addAll(FetchReport.missingSources(request.input()));
        inputFiles.addAll(night.inputFiles());
        return assembler.build(request.asOf(), clock.instant(), skipped);
    }

    /** The output folder and dates of a run, from its job parameters. */
    record RunRequest(LocalDate asOf, Path input, Path outputFolder) {
    }
}

package io.marketwatch.batch;

import io.marketwatch.batch.remote.RemoteConfiguration;
import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.FactExtractor;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.review.ReviewStore;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.system.MarketWatchProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly briefing job: {@code extractFactsStep} numbers the input folder's files and runs
 * one partition per thread ({@code marketwatch.threads}), each reading its share file by file and
 * storing each article's facts; {@code writeBriefingStep} assembles the briefing from them and
 * writes the outputs. Identified by the as-of date and the input folder, so a failed night
 * restarts the same job instance from each partition's last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

    static final String JOB_NAME = "briefingJob";
    static final String EXTRACT_STEP = "extractFactsStep";
    static final String PARTITION_STEP = "extractPartitionStep";
    static final String WRITE_STEP = "writeBriefingStep";

    @Bean
    Job briefingJob(JobRepository jobRepository, Step extractFactsStep, Step writeBriefingStep, RunLog runLog,
                    GracefulStop gracefulStop) {
        return new JobBuilder(JOB_NAME, jobRepository)
                // after the job, listeners hear in reverse order: the stop's reason is set before the log line
                .listener(runLog)
                .listener(gracefulStop)
                .start(extractFactsStep)
                .next(writeBriefingStep)
                .build();
    }

    /**
     * Runs again on a restart even when it completed (a later step failed): the partitioner then
     * numbers files that arrived since, and every partition reads what it has not stored yet.
     */
    @Bean
    @Profile("!" + RemoteConfiguration.PROFILE)
    Step extractFactsStep(JobRepository jobRepository, Step extractPartitionStep, InputPartitioner inputPartitioner,
                          MarketWatchProperties properties, RunLog runLog) {
        var executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(properties.threads());
        return new StepBuilder(EXTRACT_STEP, jobRepository)
                .partitioner(PARTITION_STEP, inputPartitioner)
                .step(extractPartitionStep)
                .gridSize(properties.threads())
                .taskExecutor(executor)
                .allowStartIfComplete(true)
                .listener(runLog)
                .build();
    }

    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              InputFileReader inputFileReader, ArticleProcessor articleProcessor,
                              NightlyStoreWriter factWriter, MarketWatchProperties properties) {
        return new StepBuilder(PARTITION_STEP, jobRepository)
                .<NumberedFile, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(inputFileReader)
                .processor(articleProcessor)
                .writer(factWriter)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step writeBriefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           BriefingTasklet briefingTasklet, RunLog runLog) {
        return new StepBuilder(WRITE_STEP, jobRepository)
                .tasklet(briefingTasklet, transactionManager)
                .listener(runLog)
                .build();
    }

    @Bean
    @StepScope
    InputPartitioner inputPartitioner(@Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
                                      @Value("#{stepExecution}") StepExecution stepExecution, NightlyStore store,
                                      InputScanner scanner, ObjectProvider<RunProgress> progress, Environment environment,
                                      @Value("${marketwatch.remote.input-root:}") String sharedRoot) {
        Path folder = Path.of(input);
        SharedInput shared = environment.acceptsProfiles(Profiles.of(RemoteConfiguration.PROFILE))
                ? SharedInput.of(sharedRoot.isBlank() ? folder : Path.of(sharedRoot), folder) : null;
        return new InputPartitioner(folder, stepExecution.getJobExecution().getJobInstanceId(), store, scanner,
                progress.getIfAvailable(() -> RunProgress.SILENT), shared);
    }

    @Bean
    @StepScope
    InputFileReader inputFileReader(@Value("#{stepExecutionContext['" + InputPartitioner.PARTITION + "']}") int partition,
                                    @Value("#{stepExecutionContext['" + InputPartitioner.PARTITIONS + "']}") int partitions,
                                    @Value("#{stepExecutionContext['" + InputPartitioner.SHARED_FOLDER + "']}") String sharedFolder,
                                    @Value("${marketwatch.remote.input-root:}") String sharedRoot,
                                    @Value("#{stepExecution}") StepExecution stepExecution, NightlyStore store) {
        SharedInput shared = sharedFolder == null ? null : SharedInput.onWorker(sharedRoot, sharedFolder);
        return new InputFileReader(stepExecution.getJobExecution().getJobInstanceId(), partition, partitions, store, shared);
    }

    @Bean
    @StepScope
    ArticleProcessor articleProcessor(@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") LocalDate asOf,
                                      ArticleReader reader, FactExtractor extractor) {
        return new ArticleProcessor(reader, extractor, asOf);
    }

    @Bean
    @StepScope
    NightlyStoreWriter factWriter(@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") LocalDate asOf,
                                  @Value("#{stepExecution}") StepExecution stepExecution, NightlyStore store,
                                  ObjectProvider<RunProgress> progress) {
        return new NightlyStoreWriter(store, stepExecution.getJobExecution().getJobInstanceId(), asOf,
                progress.getIfAvailable(() -> RunProgress.SILENT));
    }

    @Bean
    @StepScope
    BriefingTasklet briefingTasklet(@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") LocalDate asOf,
                                    @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
                                    @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
                                    NightlyStore store, BriefingFiles files, FxTable fx, HighlightsRule highlights,
                                    Clock clock, ObjectProvider<RunProgress> progress, ReviewStore corrections) {
        return new BriefingTasklet(store, files, fx, highlights, clock, progress.getIfAvailable(() -> RunProgress.SILENT),
                new BriefingTasklet.RunRequest(asOf, Path.of(input), Path.of(output).resolve(asOf.toString())),
                corrections);
    }
}

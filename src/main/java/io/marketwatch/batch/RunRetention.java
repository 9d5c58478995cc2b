package io.marketwatch.batch;

import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.RunLeases;
import io.marketwatch.system.RetentionProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Forgets nights older than {@code marketwatch.retention.days}: their job metadata (the Spring
 * Batch tables), what the nightly store kept of them (mw_run, mw_run_article, mw_run_skip) and
 * their output folders (OUTPUT/&lt;date&gt;/). A night that is running now is left alone. The
 * digest's own tables are not touched.
 */
@Service
public class RunRetention {

    private static final Logger log = LoggerFactory.getLogger(RunRetention.class);
    private static final int PAGE = 500;

    private final JobRepository jobRepository;
    private final NightlyStore store;
    private final RunLeases leases;
    private final RetentionProperties properties;
    private final Clock clock;

    RunRetention(JobRepository jobRepository, NightlyStore store, RunLeases leases, RetentionProperties properties,
                 Clock clock) {
        this.jobRepository = jobRepository;
        this.store = store;
        this.leases = leases;
        this.properties = properties;
        this.clock = clock;
    }

    /** Nights before this date are purged. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(properties.days());
    }

    /** Purges every night before {@link #cutoff()} from the database and from the output folder. */
    public Purged purge(Path outputRoot) throws IOException {
        LocalDate cutoff = cutoff();
        List<JobInstance> old = new ArrayList<>();
        for (int start = 0; ; start += PAGE) {
            List<JobInstance> page = jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, start, PAGE);
            for (JobInstance instance : page) {
                LocalDate asOf = asOf(instance);
                if (asOf != null && asOf.isBefore(cutoff) && !isRunning(asOf)) {
                    old.add(instance);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        // the store first: if the purge is cut short, the job instance is still there to find next time
        int articles = store.deleteRuns(old.stream().map(JobInstance::getInstanceId).toList());
        old.forEach(jobRepository::deleteJobInstance);
        leases.purgeExpiredBefore(cutoff.atStartOfDay(clock.getZone()).toInstant());
        int folders = purgeFolders(outputRoot, cutoff);
        Purged purged = new Purged(cutoff, old.size(), articles, folders);
        log.info("Retention ({} days): purged {} runs, {} stored articles and {} output folders of nights before {}",
                properties.days(), purged.runs(), purged.articles(), purged.folders(), cutoff);
        return purged;
    }

    private boolean isRunning(LocalDate night) {
        return leases.liveHolder(BriefingRunner.leaseName(night)).isPresent();
    }

    private LocalDate asOf(JobInstance instance) {
        var last = jobRepository.getLastJobExecution(instance);
        return last == null ? null : last.getJobParameters().getLocalDate(JobParameterNames.AS_OF);
    }

    private int purgeFolders(Path outputRoot, LocalDate cutoff) throws IOException {
        if (!Files.isDirectory(outputRoot)) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> children = Files.list(outputRoot)) {
            old = children.filter(Files::isDirectory).filter(p -> isNightBefore(p, cutoff))
                    .filter(p -> !isRunning(LocalDate.parse(p.getFileName().toString()))).toList();
        }
        for (Path folder : old) {
            try (Stream<Path> tree = Files.walk(folder)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return old.size();
    }

    private static boolean isNightBefore(Path folder, LocalDate cutoff) {
        String name = folder.getFileName().toString();
        if (!name.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            return LocalDate.parse(name).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** What a purge removed. */
    public record Purged(LocalDate cutoff, int runs, int articles, int folders) {
    }
}

package io.marketwatch.review;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingAssembler;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.digest.IsoWeek;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.store.NightArticles;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.CompletedRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The editor's side of a night (docs/review.md): writes the review file, applies an edited one
 * (all rows checked first, then stored, then the night's PDF, workbook and JSON written again from
 * the stored facts, never from the articles), lists and undoes corrections, approves a week's digest.
 */
public class ReviewService {

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);
    /** How far back {@link #waiting} looks for nights not reviewed. */
    private static final int RECENT_DAYS = 14;

    private final NightlyStore nights;
    private final ReviewStore reviews;
    private final BriefingFiles files;
    private final FxTable fx;
    private final HighlightsRule highlights;
    private final EditorKnowledgeFile knowledge;
    private final Clock clock;

    public ReviewService(NightlyStore nights, ReviewStore reviews, BriefingFiles files, FxTable fx,
                         HighlightsRule highlights, Path knowledgeFolder, Clock clock) {
        this.nights = nights;
        this.reviews = reviews;
        this.files = files;
        this.fx = fx;
        this.highlights = highlights;
        this.knowledge = new EditorKnowledgeFile(knowledgeFolder);
        this.clock = clock;
    }

    /** Writes OUTPUT/&lt;date&gt;/review.csv for the night (the latest one when asOf is null); returns the file. */
    public Path writeReviewFile(Path output, LocalDate asOf) throws IOException {
        CompletedRun run = night(output, asOf);
        return ReviewFile.write(briefing(run, reviews.corrections()), Path.of(run.outputFolder()));
    }

    /**
     * Applies an edited review file (CSV or workbook) to a night: the night of {@code asOf}, else the
     * one whose folder holds the file, else the latest. Throws {@link ReviewFileException} with every
     * problem, having applied nothing, when a row is wrong.
     */
    public Applied apply(Path output, Path file, LocalDate asOf, String by) throws IOException {
        CompletedRun run = night(output, asOf != null ? asOf : dateOfFolder(file).orElse(null));
        List<EditedRow> rows = EditedFile.read(file);
        Instant now = clock.instant();
        CorrectionPlan.Planned plan = new CorrectionPlan(briefing(run, FactCorrections.NONE))
                .plan(file.toString(), rows, by, now, run.asOf());
        reviews.save(plan.corrections());
        int entries = knowledge.append(plan.entries());
        reviews.markReviewed(run.asOf(), output, by, now);
        List<Path> written = files.write(briefing(run, reviews.corrections()), Path.of(run.outputFolder()));
        Map<String, Long> byAction = plan.corrections().stream().collect(Collectors.groupingBy(
                c -> c.correction().action().name(), TreeMap::new, Collectors.counting()));
        return new Applied(run.asOf(), byAction, entries, entries > 0 ? knowledge.file() : null, written);
    }

    /** Every correction in force, oldest first. */
    public List<StoredCorrection> list() {
        return reviews.inForce();
    }

    /** Takes a correction back and writes its night's files again; empty when none of that number is in force. */
    public Optional<StoredCorrection> undo(Path output, long number, String by) throws IOException {
        Optional<StoredCorrection> undone = reviews.undo(number, by, clock.instant());
        if (undone.isPresent()) {
            Optional<CompletedRun> run = latest(output, undone.get().asOf(), undone.get().asOf());
            if (run.isPresent()) {
                files.write(briefing(run.get(), reviews.corrections()), Path.of(run.get().outputFolder()));
            }
        }
        return undone;
    }

    public void approve(IsoWeek week, String by) {
        reviews.approve(week, by, clock.instant());
    }

    public boolean isApproved(IsoWeek week) {
        return reviews.isApproved(week);
    }

    /**
     * The nights under the folder nobody reviewed yet and the weeks whose digest is not approved, among
     * the runs of the {@value #RECENT_DAYS} days up to the latest run.
     */
    public Waiting waiting(Path output) {
        Optional<CompletedRun> latest = latest(output, BEGINNING, END);
        if (latest.isEmpty()) {
            return new Waiting(List.of(), List.of());
        }
        List<CompletedRun> recent = runs(output, latest.get().asOf().minusDays(RECENT_DAYS), END);
        Set<LocalDate> reviewed = reviews.reviewedNights(output);
        List<LocalDate> nightsToReview = recent.stream().map(CompletedRun::asOf).distinct()
                .filter(d -> !reviewed.contains(d)).toList();
        List<IsoWeek> weeks = recent.stream().map(r -> IsoWeek.of(r.asOf())).distinct()
                .filter(w -> !reviews.isApproved(w)).toList();
        return new Waiting(nightsToReview, weeks);
    }

    private Briefing briefing(CompletedRun run, FactCorrections corrections) {
        BriefingAssembler assembler = new BriefingAssembler(fx, highlights, corrections);
        NightArticles night = NightArticles.read(nights, run.run(), assembler::add);
        return assembler.build(run.asOf(), clock.instant(), night.skipped());
    }

    private CompletedRun night(Path output, LocalDate asOf) {
        return (asOf == null ? latest(output, BEGINNING, END) : latest(output, asOf, asOf))
                .orElseThrow(() -> new IllegalArgumentException("no completed briefing run "
                        + (asOf == null ? "" : "for " + asOf + " ") + "under " + output
                        + ": run `briefing --output " + output + (asOf == null ? "" : " --as-of " + asOf) + "` first"));
    }

    private Optional<CompletedRun> latest(Path output, LocalDate from, LocalDate to) {
        List<CompletedRun> runs = runs(output, from, to);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    private List<CompletedRun> runs(Path output, LocalDate from, LocalDate to) {
        Path root = output.toAbsolutePath().normalize();
        List<CompletedRun> runs = new ArrayList<>(nights.completedRuns(from, to).stream()
                .filter(r -> Path.of(r.outputFolder()).toAbsolutePath().normalize().startsWith(root)).toList());
        runs.sort(Comparator.comparing(CompletedRun::asOf).thenComparing(CompletedRun::completedAt));
        return runs;
    }

    private static Optional<LocalDate> dateOfFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            return folder == null ? Optional.empty() : Optional.of(LocalDate.parse(folder.getFileName().toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What applying a review file did.
     *
     * @param byAction       corrections stored, by action
     * @param entries        names written to the knowledge-base file
     * @param knowledgeFile  that file, or null when none was written
     * @param written        the night's files written again
     */
    public record Applied(LocalDate asOf, Map<String, Long> byAction, int entries, Path knowledgeFile,
                          List<Path> written) {
    }

    /** Nights not reviewed and weeks whose digest waits for approval, oldest first. */
    public record Waiting(List<LocalDate> nights, List<IsoWeek> weeks) {
    }
}

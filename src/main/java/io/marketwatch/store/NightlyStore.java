package io.marketwatch.store;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.SkippedFile;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What nightly runs keep in the application database: the night's input files, numbered once;
 * each article's metadata and facts (never its text) and each skipped file, keyed by the run's
 * job instance and the position in the input. A restarted run reads only the files it has not
 * stored yet, so nothing is stored twice.
 */
@Repository
public class NightlyStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE_SIZE = 2_000;

    private final JdbcTemplate jdbc;

    public NightlyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Numbers the night's input once: files already numbered for the run keep their number, files
     * new to it (the first scan, or files that arrived before a restart) are numbered after them,
     * in the order given. Returns every file of the run, in number order.
     */
    public List<RunFile> registerInput(long run, List<RunFile> scanned) {
        List<RunFile> files = new ArrayList<>(inputFiles(run));
        Set<String> known = new HashSet<>();
        files.forEach(f -> known.add(f.file()));
        long next = files.isEmpty() ? 0 : files.get(files.size() - 1).seq() + 1;
        List<RunFile> added = new ArrayList<>();
        for (RunFile file : scanned) {
            if (known.add(file.file())) {
                added.add(new RunFile(next++, file.file(), file.path(), file.problem()));
            }
        }
        jdbc.batchUpdate("INSERT INTO mw_run_file (job_instance_id, seq, file, path, problem) VALUES (?, ?, ?, ?, ?)",
                added, 1_000, (ps, f) -> {
                    ps.setLong(1, run);
                    ps.setLong(2, f.seq());
                    ps.setString(3, f.file());
                    ps.setString(4, f.path());
                    ps.setString(5, f.problem());
                });
        files.addAll(added);
        return files;
    }

    /** The night's input as numbered by {@link #registerInput}, in number order. */
    public List<RunFile> inputFiles(long run) {
        return jdbc.query("SELECT seq, file, path, problem FROM mw_run_file WHERE job_instance_id = ? "
                        + "ORDER BY job_instance_id, seq",
                (rs, i) -> new RunFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), run);
    }

    /** Every input file the run has already dealt with: stored articles' files and skipped files. */
    public Set<String> storedFiles(long run) {
        Set<String> files = new HashSet<>();
        jdbc.query("SELECT DISTINCT file FROM mw_run_article WHERE job_instance_id = ?",
                rs -> {
                    files.add(rs.getString(1));
                }, run);
        jdbc.query("SELECT DISTINCT file FROM mw_run_skip WHERE job_instance_id = ?",
                rs -> {
                    files.add(rs.getString(1));
                }, run);
        return files;
    }

    /** Stores articles of the run, each at its own position: the same article read from two files is stored twice. */
    public void saveArticles(long run, LocalDate asOf, List<StoredArticle> articles) {
        jdbc.batchUpdate("INSERT INTO mw_run_article (job_instance_id, article_id, seq, as_of, published_at, file, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", articles, articles.size(), (ps, a) -> {
                    ps.setLong(1, run);
                    ps.setString(2, a.article().id());
                    ps.setLong(3, a.seq());
                    ps.setDate(4, Date.valueOf(asOf));
                    ps.setDate(5, a.article().publishedAt() == null ? null : Date.valueOf(a.article().publishedAt()));
                    ps.setString(6, a.article().file());
                    ps.setString(7, a.payload());
                });
    }

    /** Records skipped files or articles, replacing an earlier record at the same position in the run. */
    public void saveSkips(long run, List<StoredSkip> skips) {
        for (StoredSkip skip : skips) {
            jdbc.update("DELETE FROM mw_run_skip WHERE job_instance_id = ? AND seq = ?", run, skip.seq());
        }
        jdbc.batchUpdate("INSERT INTO mw_run_skip (job_instance_id, file, seq, reason) VALUES (?, ?, ?, ?)", skips,
                skips.size(), (ps, s) -> {
                    ps.setLong(1, run);
                    ps.setString(2, s.file().file());
                    ps.setLong(3, s.seq());
                    ps.setString(4, s.file().reason());
                });
    }

    /**
     * Every article of the run, in input order, one at a time. Read a page at a time, in the
     * order of an index: neither the database nor the driver holds the night's payloads at once.
     * (The order names job_instance_id too, so that H2 sees the index's order and does not sort.)
     * A page's payloads are decoded in parallel and handed over in order, their short strings
     * shared ({@link SharedStrings}).
     */
    public void forEachArticle(long run, Consumer<ExtractedArticle> consumer) {
        JsonMapper reader = SharedStrings.mapper();
        long[] after = {-1};
        int read;
        do {
            List<String> payloads = new ArrayList<>(PAGE_SIZE);
            jdbc.query("SELECT seq, payload FROM mw_run_article WHERE job_instance_id = ? AND seq > ? "
                    + "ORDER BY job_instance_id, seq "
                    + "FETCH FIRST " + PAGE_SIZE + " ROWS ONLY", rs -> {
                        after[0] = rs.getLong(1);
                        payloads.add(rs.getString(2));
                    }, run, after[0]);
            read = payloads.size();
            payloads.parallelStream().map(payload -> reader.readValue(payload, ExtractedArticle.class)).toList()
                    .forEach(consumer);
        } while (read == PAGE_SIZE);
    }

    /** Every article of the given runs, each article once (the first run listed wins), in run then input order. */
    public void forEachArticle(List<Long> runs, Consumer<ExtractedArticle> consumer) {
        Set<String> seen = new HashSet<>();
        for (long run : runs) {
            forEachArticle(run, article -> {
                if (seen.add(article.id())) {
                    consumer.accept(article);
                }
            });
        }
    }

    public List<SkippedFile> skips(long run) {
        return jdbc.query("SELECT file, reason FROM mw_run_skip WHERE job_instance_id = ? ORDER BY seq, file",
                (rs, i) -> new SkippedFile(rs.getString(1), rs.getString(2)), run);
    }

    public int articleCount(long run) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mw_run_article WHERE job_instance_id = ?", Integer.class, run);
        return n == null ? 0 : n;
    }

    /** Records that a run completed (replacing an earlier record of the same run). */
    public void recordCompletedRun(CompletedRun run) {
        jdbc.update("DELETE FROM mw_run WHERE job_instance_id = ?", run.run());
        jdbc.update("INSERT INTO mw_run (job_instance_id, as_of, input_folder, output_folder, completed_at, articles, skipped) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", run.run(), Date.valueOf(run.asOf()), run.inputFolder(),
                run.outputFolder(), Timestamp.from(run.completedAt()), run.articles(), run.skipped());
    }

    /** The completion record of a run, if it completed. */
    public Optional<CompletedRun> completedRun(long run) {
        return jdbc.query("SELECT job_instance_id, as_of, input_folder, output_folder, completed_at, articles, skipped "
                + "FROM mw_run WHERE job_instance_id = ?", NightlyStore::completedRunRow, run).stream().findFirst();
    }

    /** Forgets everything kept of these runs (retention); returns how many articles went. */
    public int deleteRuns(Collection<Long> runs) {
        int articles = 0;
        for (long run : runs) {
            articles += jdbc.update("DELETE FROM mw_run_article WHERE job_instance_id = ?", run);
            jdbc.update("DELETE FROM mw_run_skip WHERE job_instance_id = ?", run);
            jdbc.update("DELETE FROM mw_run_file WHERE job_instance_id = ?", run);
            jdbc.update("DELETE FROM mw_run WHERE job_instance_id = ?", run);
            jdbc.update("DELETE FROM mw_partition_run WHERE job_instance_id = ?", run);
        }
        return articles;
    }

    /** Completed runs whose as-of date lies in the range (inclusive), oldest first. */
    public List<CompletedRun> completedRuns(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT job_instance_id, as_of, input_folder, output_folder, completed_at, articles, skipped "
                        + "FROM mw_run WHERE as_of BETWEEN ? AND ? ORDER BY as_of, completed_at",
                NightlyStore::completedRunRow, Date.valueOf(from), Date.valueOf(to));
    }

    private static CompletedRun completedRunRow(ResultSet rs, int row) throws SQLException {
        return new CompletedRun(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7));
    }

    /** A run that completed: its job instance, date, folders and counts. */
    public record CompletedRun(long run, LocalDate asOf, String inputFolder, String outputFolder, Instant completedAt,
                               int articles, int skipped) {
    }

    /** An article to store, with its position in the input and the payload the store keeps of it. */
    public record StoredArticle(long seq, ExtractedArticle article, String payload) {

        /** Encodes the payload here, on the calling thread: the processing threads, not the writer. */
        public StoredArticle(long seq, ExtractedArticle article) {
            this(seq, article, JSON.writeValueAsString(article));
        }
    }

    /** A file of the night's input: its number, its path below the input folder and on disk, and why it cannot be read, if known. */
    public record RunFile(long seq, String file, String path, String problem) {
    }

    /** A skipped file to store, with its position in the input. */
    public record StoredSkip(long seq, SkippedFile file) {
    }
}

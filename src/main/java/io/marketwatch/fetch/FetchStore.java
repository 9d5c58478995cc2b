package io.marketwatch.fetch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What fetching keeps in the application database: each source's validators (ETag,
 * Last-Modified) and last outcome, and the key of every item written, across nights.
 */
@Repository
public class FetchStore {

    private final JdbcTemplate jdbc;

    public FetchStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The validators of the source's last complete fetch of this URL, or none. */
    Http.Validators validators(Source source) {
        List<Http.Validators> rows = jdbc.query(
                "SELECT etag, last_modified FROM mw_fetch_source WHERE name = ? AND url = ?",
                (rs, i) -> new Http.Validators(rs.getString(1), rs.getString(2)), source.name(),
                source.url().toString());
        return rows.isEmpty() ? Http.Validators.NONE : rows.get(0);
    }

    /** The keys among these that were written on an earlier fetch. */
    Set<String> seen(Collection<String> keys) {
        Set<String> seen = new HashSet<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", part.stream().map(k -> "?").toList());
            seen.addAll(jdbc.queryForList("SELECT item_key FROM mw_fetch_item WHERE item_key IN (" + marks + ")",
                    String.class, part.toArray()));
        }
        return seen;
    }

    /** Remembers items once their files are in place, in one batch. */
    void remember(Source source, List<FetchedItem> items) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO mw_fetch_item (item_key, source_name, item_id, file, fetched_at) VALUES (?, ?, ?, ?, ?)",
                items, 500, (ps, item) -> {
                    ps.setString(1, item.key());
                    ps.setString(2, source.name());
                    ps.setString(3, item.id());
                    ps.setString(4, item.file());
                    ps.setTimestamp(5, now);
                });
    }

    /** An item whose file was written: its key, its GUID or link, and the file below the input folder. */
    record FetchedItem(String key, String id, String file) {
    }

    /**
     * The source's outcome; its validators only when every item of the response was written, so
     * that a fetch that failed halfway is asked for in full the next time.
     */
    void record(Source source, SourceReport report, Http.Validators validators) {
        Http.Validators keep = report.complete() ? validators : Http.Validators.NONE;
        Object[] values = {source.url().toString(), keep.etag(), keep.lastModified(), Timestamp.from(report.at()),
                report.outcome().name(), report.itemsNew(), report.itemsSeen(), report.itemsFailed(), report.bytes(),
                report.millis(), report.problem(), source.name()};
        int updated = jdbc.update("UPDATE mw_fetch_source SET url = ?, etag = ?, last_modified = ?, fetched_at = ?, "
                + "outcome = ?, items_new = ?, items_seen = ?, items_failed = ?, bytes = ?, millis = ?, problem = ? "
                + "WHERE name = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO mw_fetch_source (url, etag, last_modified, fetched_at, outcome, items_new, "
                    + "items_seen, items_failed, bytes, millis, problem, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values);
        }
    }

    /** The last fetch of every source, by name: what {@code status} shows. */
    public List<SourceReport> lastFetches() {
        return jdbc.query("SELECT name, fetched_at, outcome, items_new, items_seen, items_failed, bytes, millis, problem "
                + "FROM mw_fetch_source ORDER BY name", (rs, i) -> new SourceReport(rs.getString(1),
                rs.getTimestamp(2).toInstant(), SourceReport.Outcome.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getString(9)));
    }
}

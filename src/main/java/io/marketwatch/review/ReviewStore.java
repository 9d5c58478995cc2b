package io.marketwatch.review;

import io.marketwatch.briefing.EditorCorrection;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.digest.DigestReview;
import io.marketwatch.digest.IsoWeek;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What review keeps in the application database: editors' corrections (who, when, the values they
 * replaced; one in force per fact), the nights that were reviewed, and the weeks whose digest was
 * approved.
 */
@Repository
public class ReviewStore implements DigestReview {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final String COLUMNS = "number, fact_id, fact_kind, action, fields, original, made_by, made_at, as_of";

    private final JdbcTemplate jdbc;

    public ReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the corrections of one review in one transaction; each replaces the one in force for its fact. */
    @Transactional
    public void save(List<StoredCorrection> corrections) {
        for (StoredCorrection c : corrections) {
            EditorCorrection e = c.correction();
            jdbc.update("UPDATE mw_correction SET undone_at = ?, undone_by = ? WHERE fact_id = ? AND undone_at IS NULL",
                    Timestamp.from(e.at()), e.by(), e.factId());
            jdbc.update("INSERT INTO mw_correction (fact_id, fact_kind, action, fields, original, made_by, made_at, as_of) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.factId(), c.factKind(), e.action().name(),
                    JSON.writeValueAsString(e.fields()), JSON.writeValueAsString(c.original()), e.by(),
                    Timestamp.from(e.at()), Date.valueOf(c.asOf()));
        }
    }

    /** Every correction in force, oldest first. */
    public List<StoredCorrection> inForce() {
        return jdbc.query("SELECT " + COLUMNS + " FROM mw_correction WHERE undone_at IS NULL ORDER BY number",
                ReviewStore::row);
    }

    /** The corrections in force, by fact id, as the briefing applies them. */
    @Override
    public FactCorrections corrections() {
        Map<String, EditorCorrection> byFact = new HashMap<>();
        inForce().forEach(c -> byFact.put(c.correction().factId(), c.correction()));
        return key -> Optional.ofNullable(byFact.get(key));
    }

    /** Takes a correction back; returns it, or empty when no correction of that number is in force. */
    @Transactional
    public Optional<StoredCorrection> undo(long number, String by, Instant at) {
        Optional<StoredCorrection> found = jdbc.query("SELECT " + COLUMNS + " FROM mw_correction "
                + "WHERE number = ? AND undone_at IS NULL", ReviewStore::row, number).stream().findFirst();
        found.ifPresent(c -> jdbc.update("UPDATE mw_correction SET undone_at = ?, undone_by = ? WHERE number = ?",
                Timestamp.from(at), by, number));
        return found;
    }

    /** Records that an editor reviewed a night written to the folder. */
    public void markReviewed(LocalDate asOf, Path outputFolder, String by, Instant at) {
        jdbc.update("DELETE FROM mw_review_night WHERE as_of = ? AND output_folder = ?", Date.valueOf(asOf),
                outputFolder.toString());
        jdbc.update("INSERT INTO mw_review_night (as_of, output_folder, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?)",
                Date.valueOf(asOf), outputFolder.toString(), by, Timestamp.from(at));
    }

    /** The nights reviewed under the folder, oldest first. */
    public Set<LocalDate> reviewedNights(Path outputFolder) {
        return new TreeSet<>(jdbc.query("SELECT as_of FROM mw_review_night WHERE output_folder = ?",
                (rs, i) -> rs.getDate(1).toLocalDate(), outputFolder.toString()));
    }

    /** Approves a week's digest for sending; approving again changes nothing. */
    public void approve(IsoWeek week, String by, Instant at) {
        if (!isApproved(week)) {
            jdbc.update("INSERT INTO mw_digest_approval (week, approved_by, approved_at) VALUES (?, ?, ?)",
                    week.toString(), by, Timestamp.from(at));
        }
    }

    @Override
    public boolean isApproved(IsoWeek week) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mw_digest_approval WHERE week = ?", Integer.class,
                week.toString());
        return n != null && n > 0;
    }

    private static StoredCorrection row(ResultSet rs, int i) throws SQLException {
        EditorCorrection correction = new EditorCorrection(rs.getLong(1), rs.getString(2),
                EditorCorrection.Action.valueOf(rs.getString(4)), JSON.readValue(rs.getString(5), FIELDS),
                rs.getString(7), rs.getTimestamp(8).toInstant());
        return new StoredCorrection(correction, rs.getString(3), JSON.readValue(rs.getString(6), FIELDS),
                rs.getDate(9).toLocalDate());
    }
}

package io.marketwatch.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which digests went to whom: one row per (week, recipient) in {@code mw_digest_send}. Every
 * change is its own committed statement, so the row says "sending" before the SMTP call starts
 * and "sent" only after the server accepted the mail. A row is claimed for sending with one
 * conditional update, so two runs of the same week never send to one recipient at once.
 */
@Repository
public class SendLog {

    private static final String COLUMNS = "week, recipient, status, message_id, attempts, last_error, updated_at, sent_at";

    private final JdbcTemplate jdbc;

    public SendLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a recipient's digest stands. */
    public enum Status {
        /** Claimed by a run that is about to hand it, or has handed it, to the SMTP server. */
        sending,
        /** Accepted by the SMTP server. */
        sent,
        /** Not sent yet: the last attempt failed. */
        pending
    }

    /** One row of the log. */
    public record Entry(IsoWeek week, String recipient, Status status, String messageId, int attempts,
                        String lastError, Instant updatedAt, Instant sentAt) {
    }

    /** Every recipient's row for the week, by recipient. */
    public Map<String, Entry> week(IsoWeek week) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM mw_digest_send WHERE week = ? ORDER BY recipient",
                rs -> {
                    Entry e = entry(rs);
                    entries.put(e.recipient(), e);
                }, week.toString());
        return entries;
    }

    public Optional<Entry> find(IsoWeek week, String recipient) {
        return jdbc.query("SELECT " + COLUMNS + " FROM mw_digest_send WHERE week = ? AND recipient = ?",
                (rs, i) -> entry(rs), week.toString(), recipient).stream().findFirst();
    }

    /** The recipient's row, created as pending with this message id when there is none yet. */
    public Entry open(IsoWeek week, String recipient, String messageId, Instant now) {
        Optional<Entry> existing = find(week, recipient);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.update("INSERT INTO mw_digest_send (week, recipient, status, message_id, attempts, updated_at) "
                    + "VALUES (?, ?, ?, ?, 0, ?)", week.toString(), recipient, Status.pending.name(), messageId,
                    Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            // another run created it at the same moment: use theirs
        }
        return find(week, recipient).orElseThrow();
    }

    /**
     * Marks the recipient as being sent to, if nobody else is: the row must be pending, or
     * "sending" since before {@code staleBefore} (a run that stopped mid-send).
     *
     * @return true when this caller now owns the send
     */
    public boolean claim(IsoWeek week, String recipient, Instant now, Instant staleBefore) {
        return jdbc.update("UPDATE mw_digest_send SET status = ?, updated_at = ? WHERE week = ? AND recipient = ? "
                        + "AND (status = ? OR (status = ? AND updated_at < ?))",
                Status.sending.name(), Timestamp.from(now), week.toString(), recipient, Status.pending.name(),
                Status.sending.name(), Timestamp.from(staleBefore)) == 1;
    }

    /** Records that the SMTP server accepted the mail after this many more attempts. */
    public void sent(IsoWeek week, String recipient, int attempts, Instant now) {
        jdbc.update("UPDATE mw_digest_send SET status = ?, attempts = attempts + ?, last_error = NULL, updated_at = ?, "
                        + "sent_at = ? WHERE week = ? AND recipient = ?",
                Status.sent.name(), attempts, Timestamp.from(now), Timestamp.from(now), week.toString(), recipient);
    }

    /** Records that this many more attempts failed; the recipient stays owed the digest. */
    public void failed(IsoWeek week, String recipient, int attempts, String error, Instant now) {
        jdbc.update("UPDATE mw_digest_send SET status = ?, attempts = attempts + ?, last_error = ?, updated_at = ? "
                        + "WHERE week = ? AND recipient = ?",
                Status.pending.name(), attempts, HeaderText.clean(error, 2000), Timestamp.from(now), week.toString(),
                recipient);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        Timestamp sentAt = rs.getTimestamp(8);
        return new Entry(IsoWeek.parse(rs.getString(1)), rs.getString(2), Status.valueOf(rs.getString(3)),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}

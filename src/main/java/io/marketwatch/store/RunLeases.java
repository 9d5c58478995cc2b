package io.marketwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Leases in the application database, so that processes sharing one database never run the same
 * night twice at once. A process takes a night's lease before it runs the night, renews it while
 * it runs and gives it back at the end. A lease that was not renewed in time (its holder hung,
 * or died on another machine), or whose holder process is gone from this machine, is taken over.
 * The database clock decides expiry, so machines with skewed clocks agree.
 */
@Repository
public class RunLeases {

    private final JdbcTemplate jdbc;

    public RunLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lease, or reports who holds it.
     *
     * @param ttl    how long the lease lasts without renewal; it is renewed every third of that
     * @param onLost called (once, on the renewing thread) if another process took the lease over
     */
    public Attempt tryAcquire(String name, Duration ttl, Runnable onLost) {
        if (ttl.toMillis() < 3) {
            throw new IllegalArgumentException("lease time to live too short: " + ttl);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            OffsetDateTime now = databaseNow();
            String token = UUID.randomUUID().toString();
            ThisProcess me = ThisProcess.get();
            try {
                jdbc.update("INSERT INTO mw_run_lease (name, token, host, pid, process_start, acquired_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", name, token, me.host(), me.pid(), me.start(), now, now.plus(ttl));
                return new Attempt(new Lease(this, name, token, ttl, onLost), null);
            } catch (DuplicateKeyException held) {
                Optional<Holder> holder = holder(name);
                if (holder.isEmpty()) {
                    continue; // given back in between: try again
                }
                if (holder.get().isLive(now.toInstant())) {
                    return new Attempt(null, holder.get());
                }
                int taken = jdbc.update("UPDATE mw_run_lease SET token = ?, host = ?, pid = ?, process_start = ?, "
                                + "acquired_at = ?, expires_at = ? WHERE name = ? AND token = ?", token, me.host(), me.pid(),
                        me.start(), now, now.plus(ttl), name, holder.get().token());
                if (taken == 1) {
                    return new Attempt(new Lease(this, name, token, ttl, onLost), null);
                }
            }
        }
        return new Attempt(null, holder(name).orElseThrow(() -> new IllegalStateException("lease " + name
                + " keeps changing hands")));
    }

    /** Who holds the lease (alive or not), if anyone. */
    public Optional<Holder> holder(String name) {
        List<Holder> rows = jdbc.query("SELECT token, host, pid, process_start, acquired_at, expires_at FROM mw_run_lease "
                + "WHERE name = ?", RunLeases::holderRow, name);
        return rows.stream().findFirst();
    }

    /** The holder if it is alive: the lease is not expired and its process is not known to be gone. */
    public Optional<Holder> liveHolder(String name) {
        Instant now = databaseNow().toInstant();
        return holder(name).filter(h -> h.isLive(now));
    }

    /** Forgets leases that expired before the given time (left by processes that died); returns how many. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM mw_run_lease WHERE expires_at < ?", cutoff.atOffset(ZoneOffset.UTC));
    }

    /** Extends a lease; false when the lease is no longer ours. */
    boolean renew(String name, String token, Duration ttl) {
        return jdbc.update("UPDATE mw_run_lease SET expires_at = ? WHERE name = ? AND token = ?",
                databaseNow().plus(ttl), name, token) == 1;
    }

    void release(String name, String token) {
        jdbc.update("DELETE FROM mw_run_lease WHERE name = ? AND token = ?", name, token);
    }

    private OffsetDateTime databaseNow() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
    }

    private static Holder holderRow(ResultSet rs, int row) throws SQLException {
        long start = rs.getLong(4);
        return new Holder(rs.getString(1), rs.getString(2), rs.getLong(3), rs.wasNull() ? null : start,
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    /** The lease taken, or the holder that keeps it. */
    public record Attempt(Lease lease, Holder holder) {

        public boolean acquired() {
            return lease != null;
        }
    }

    /**
     * The process that holds a lease.
     *
     * @param processStart when that process started (epoch millis), to tell a reused process id apart
     */
    public record Holder(String token, String host, long pid, Long processStart, Instant acquiredAt,
                         Instant expiresAt) {

        public boolean isLive(Instant now) {
            return now.isBefore(expiresAt) && !goneFromThisMachine();
        }

        /** True when the holder ran on this machine and that process has ended. */
        public boolean goneFromThisMachine() {
            ThisProcess me = ThisProcess.get();
            if (!host.equals(me.host())) {
                return false;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return true;
            }
            Optional<Instant> started = process.get().info().startInstant();
            return processStart != null && started.isPresent() && started.get().toEpochMilli() != processStart;
        }

        /** "pid 4242 on host-a since 2026-01-01T02:00:03Z". */
        public String describe() {
            return "pid " + pid + " on " + host + " since " + acquiredAt.truncatedTo(ChronoUnit.SECONDS);
        }
    }
}

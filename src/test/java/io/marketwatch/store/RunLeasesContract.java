package io.marketwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.store.RunLeases.Attempt;
import io.marketwatch.store.RunLeases.Holder;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Night leases on a real database: one holder at a time, and dead or silent holders replaced. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunLeasesContract {

    private static final Duration TTL = Duration.ofMinutes(2);
    private static final Runnable NOTHING = () -> { };

    private StoreDatabase database;
    private RunLeases leases;

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        leases = new RunLeases(database.jdbc());
    }

    @AfterAll
    void close() {
        database.close();
    }

    @AfterEach
    void forgetLeases() {
        database.jdbc().update("DELETE FROM mw_run_lease");
    }

    @Test
    void aLeaseHasOneHolderUntilItIsGivenBack() {
        Attempt first = leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING);
        assertThat(first.acquired()).isTrue();

        Attempt second = leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING);
        assertThat(second.acquired()).isFalse();
        assertThat(second.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(second.holder().describe()).startsWith("pid " + ProcessHandle.current().pid() + " on ");
        assertThat(leases.tryAcquire("briefing 2026-01-02", TTL, NOTHING).acquired()).as("another night").isTrue();

        first.lease().close();

        assertThat(leases.holder("briefing 2026-01-01")).isEmpty();
        assertThat(leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING).acquired()).isTrue();
    }

    @Test
    void aLiveHolderOnAnotherMachineKeepsTheLeaseUntilItExpires() {
        insertHolder("briefing 2026-01-01", "other-host", 4242, Duration.ofMinutes(1));
        Attempt attempt = leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING);
        assertThat(attempt.acquired()).isFalse();
        assertThat(attempt.holder().describe()).startsWith("pid 4242 on other-host since ");
        assertThat(leases.liveHolder("briefing 2026-01-01")).isPresent();

        insertHolder("briefing 2026-01-02", "other-host", 4242, Duration.ofMinutes(-1));
        assertThat(leases.liveHolder("briefing 2026-01-02")).as("expired").isEmpty();
        Attempt takeOver = leases.tryAcquire("briefing 2026-01-02", TTL, NOTHING);
        assertThat(takeOver.acquired()).isTrue();
        assertThat(leases.holder("briefing 2026-01-02")).get().extracting(Holder::host).isNotEqualTo("other-host");
    }

    @Test
    void aLeaseLeftByAKilledProcessOnThisMachineIsTakenOverAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        insertHolder("briefing 2026-01-01", ThisProcess.get().host(), gone.pid(), Duration.ofMinutes(1));
        assertThat(leases.holder("briefing 2026-01-01")).get().extracting(Holder::goneFromThisMachine).isEqualTo(true);
        assertThat(leases.liveHolder("briefing 2026-01-01")).isEmpty();

        Attempt attempt = leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING);

        assertThat(attempt.acquired()).isTrue();
        assertThat(leases.holder("briefing 2026-01-01")).get().extracting(Holder::pid)
                .isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aProcessThatReusedADeadHoldersPidDoesNotKeepTheLease() {
        // this very process, with another start time: the pid was reused after the holder died
        insertHolder("briefing 2026-01-01", ThisProcess.get().host(), ProcessHandle.current().pid(), Duration.ofMinutes(1),
                12345L);
        assertThat(leases.liveHolder("briefing 2026-01-01")).isEmpty();
        assertThat(leases.tryAcquire("briefing 2026-01-01", TTL, NOTHING).acquired()).isTrue();
    }

    @Test
    void theHolderRenewsItsLeaseAndHearsWhenItWasTakenOver() throws Exception {
        CountDownLatch lost = new CountDownLatch(1);
        Attempt attempt = leases.tryAcquire("briefing 2026-01-01", Duration.ofSeconds(3), lost::countDown);
        Instant firstExpiry = leases.holder("briefing 2026-01-01").orElseThrow().expiresAt();

        awaitExpiryAfter("briefing 2026-01-01", firstExpiry);

        // another process takes the lease over (as it would after a long pause of this one)
        database.jdbc().update("UPDATE mw_run_lease SET token = 'someone-else' WHERE name = ?", "briefing 2026-01-01");
        assertThat(lost.await(10, TimeUnit.SECONDS)).as("told that the lease was lost").isTrue();
        attempt.lease().close();
        assertThat(leases.holder("briefing 2026-01-01")).as("closing does not give away someone else's lease").get()
                .extracting(Holder::token).isEqualTo("someone-else");
    }

    @Test
    void expiredLeasesArePurged() {
        insertHolder("briefing 2025-01-01", "other-host", 1, Duration.ofDays(-30));
        insertHolder("briefing 2026-01-01", "other-host", 1, Duration.ofMinutes(1));

        assertThat(leases.purgeExpiredBefore(Instant.now().minus(Duration.ofDays(1)))).isEqualTo(1);

        assertThat(leases.holder("briefing 2025-01-01")).isEmpty();
        assertThat(leases.holder("briefing 2026-01-01")).isPresent();
    }

    private void awaitExpiryAfter(String name, Instant expiry) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!leases.holder(name).orElseThrow().expiresAt().isAfter(expiry)) {
            assertThat(System.nanoTime()).as("renewed within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void insertHolder(String name, String host, long pid, Duration expiresIn) {
        insertHolder(name, host, pid, expiresIn, null);
    }

    private void insertHolder(String name, String host, long pid, Duration expiresIn, Long processStart) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.jdbc().update("INSERT INTO mw_run_lease (name, token, host, pid, process_start, acquired_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", name, "token-" + name, host, pid, processStart, now.minusMinutes(5),
                now.plus(expiresIn));
    }
}

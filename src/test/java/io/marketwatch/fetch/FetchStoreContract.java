package io.marketwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.digest.TestDatabase;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What fetching keeps in the database, the same on every database the product runs on. */
abstract class FetchStoreContract {

    private static final Source WIRE = new Source("Port Wire", URI.create("https://wire.example.com/rss"), null, false,
            null, List.of(), null);

    private TestDatabase database;
    private FetchStore store;

    abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        store = new FetchStore(database.jdbc());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SourceReport report(SourceReport.Outcome outcome, int failed, String problem) {
        return new SourceReport(WIRE.name(), Instant.parse("2026-12-02T02:00:00Z"), outcome, 3, 1, failed, 2048, 120,
                problem);
    }

    @Test
    void validatorsAreKeptOnlyAfterACompleteFetch() {
        store.record(WIRE, report(SourceReport.Outcome.NEW, 0, null), new Http.Validators("\"v1\"", "Tue, 01 Dec 2026"));

        assertThat(store.validators(WIRE)).isEqualTo(new Http.Validators("\"v1\"", "Tue, 01 Dec 2026"));

        store.record(WIRE, report(SourceReport.Outcome.NEW, 1, "HTTP 404"), new Http.Validators("\"v2\"", null));

        assertThat(store.validators(WIRE)).isEqualTo(Http.Validators.NONE);
        assertThat(store.lastFetches()).singleElement().satisfies(last -> {
            assertThat(last.itemsFailed()).isEqualTo(1);
            assertThat(last.problem()).isEqualTo("HTTP 404");
            assertThat(last.at()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
        });
    }

    @Test
    void validatorsBelongToTheUrlTheyCameFrom() {
        store.record(WIRE, report(SourceReport.Outcome.NEW, 0, null), new Http.Validators("\"v1\"", null));
        Source moved = new Source(WIRE.name(), URI.create("https://wire.example.com/v2/rss"), null, false, null,
                List.of(), null);

        assertThat(store.validators(moved)).isEqualTo(Http.Validators.NONE);
    }

    @Test
    void itemsAreRememberedAcrossNights() {
        store.remember(WIRE, List.of(new FetchStore.FetchedItem("k1", "https://e.com/1", "port-wire/k1.md"),
                new FetchStore.FetchedItem("k2", "https://e.com/2", "port-wire/k2.md")));

        assertThat(store.seen(List.of("k1", "k2", "k3"))).containsExactlyInAnyOrder("k1", "k2");
        assertThat(store.seen(List.of())).isEmpty();
    }
}

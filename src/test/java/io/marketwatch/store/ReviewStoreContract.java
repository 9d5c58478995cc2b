package io.marketwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.EditorCorrection;
import io.marketwatch.briefing.EditorCorrection.Action;
import io.marketwatch.digest.IsoWeek;
import io.marketwatch.review.ReviewStore;
import io.marketwatch.review.StoredCorrection;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The editors' corrections, reviewed nights and approvals on a real database (the V40 migration of each vendor). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewStoreContract {

    private static final Instant MORNING = Instant.parse("2026-01-06T07:15:00Z");
    private static final LocalDate NIGHT = LocalDate.of(2026, 1, 5);

    private StoreDatabase database;
    private ReviewStore store;

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = new ReviewStore(database.jdbc());
    }

    @AfterAll
    void close() {
        database.close();
    }

    @AfterEach
    void forget() {
        for (String table : List.of("mw_correction", "mw_review_night", "mw_digest_approval")) {
            database.jdbc().update("DELETE FROM " + table);
        }
    }

    @Test
    void aCorrectionKeepsWhoWhenAndTheOriginalAndIsFoundByItsFact() {
        store.save(List.of(fix("i-aaaaaaaaaaaa", Map.of("investor", "Orbital Works"), Map.of("investor", "O"))));

        List<StoredCorrection> inForce = store.inForce();
        assertThat(inForce).hasSize(1);
        StoredCorrection c = inForce.get(0);
        assertThat(c.correction().number()).isPositive();
        assertThat(c.correction().by()).isEqualTo("alice");
        assertThat(c.correction().at()).isEqualTo(MORNING);
        assertThat(c.correction().fields()).containsEntry("investor", "Orbital Works");
        assertThat(c.original()).containsEntry("investor", "O");
        assertThat(c.asOf()).isEqualTo(NIGHT);
        assertThat(store.corrections().find("i-aaaaaaaaaaaa")).contains(c.correction());
        assertThat(store.corrections().find("i-bbbbbbbbbbbb")).isEmpty();
    }

    @Test
    void aLaterCorrectionOfTheSameFactReplacesTheEarlierAndUndoTakesOneBack() {
        store.save(List.of(fix("i-aaaaaaaaaaaa", Map.of("status", "rumored"), Map.of("status", "announced"))));
        store.save(List.of(fix("i-aaaaaaaaaaaa", Map.of("status", "planned"), Map.of("status", "announced"))));

        assertThat(store.inForce()).singleElement()
                .satisfies(c -> assertThat(c.correction().fields()).containsEntry("status", "planned"));
        long number = store.inForce().get(0).correction().number();
        assertThat(store.undo(number, "bob", MORNING.plusSeconds(60))).isPresent();
        assertThat(store.undo(number, "bob", MORNING.plusSeconds(60))).as("already undone").isEmpty();
        assertThat(store.inForce()).isEmpty();
    }

    @Test
    void reviewedNightsAndApprovedWeeks() {
        Path folder = Path.of("/data/briefings");
        store.markReviewed(NIGHT, folder, "alice", MORNING);
        store.markReviewed(NIGHT, folder, "alice", MORNING.plusSeconds(5));

        assertThat(store.reviewedNights(folder)).containsExactly(NIGHT);
        assertThat(store.reviewedNights(Path.of("/elsewhere"))).isEmpty();
        assertThat(store.isApproved(IsoWeek.parse("2026-W02"))).isFalse();
        store.approve(IsoWeek.parse("2026-W02"), "alice", MORNING);
        store.approve(IsoWeek.parse("2026-W02"), "bob", MORNING);
        assertThat(store.isApproved(IsoWeek.parse("2026-W02"))).isTrue();
    }

    private static StoredCorrection fix(String fact, Map<String, String> fields, Map<String, String> original) {
        return new StoredCorrection(new EditorCorrection(0, fact, Action.fix, fields, "alice", MORNING), "investment",
                original, NIGHT);
    }
}

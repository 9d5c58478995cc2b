package io.marketwatch.fetch;

import io.marketwatch.digest.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** What fetching keeps, on a real PostgreSQL server in a schema of its own; skipped without one. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = "set MARKETWATCH_TEST_POSTGRES_URL=jdbc:postgresql://HOST:PORT/DB?user=USER to run on PostgreSQL")
class FetchStorePostgresTest extends FetchStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}

package io.marketwatch.digest;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The digest's database work on a real PostgreSQL server, in a schema of its own; skipped without one. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = "set MARKETWATCH_TEST_POSTGRES_URL=jdbc:postgresql://HOST:PORT/DB?user=USER to run on PostgreSQL")
class DigestStorePostgresTest extends DigestStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}

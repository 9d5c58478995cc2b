package io.marketwatch.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Remote partitions' claims on a real PostgreSQL server, in a schema of its own; skipped without one. */
@EnabledIfEnvironmentVariable(named = StoreDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = "set MARKETWATCH_TEST_POSTGRES_URL=jdbc:postgresql://HOST:PORT/DB?user=USER to run on PostgreSQL")
class PartitionRunsPostgresTest extends PartitionRunsContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.postgres();
    }
}

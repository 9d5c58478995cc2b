package io.marketwatch.store;

/** Remote partitions' claims on H2 (the tables exist in every database; workers need PostgreSQL). */
class PartitionRunsH2Test extends PartitionRunsContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}

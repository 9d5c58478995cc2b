package io.marketwatch.fetch;

import io.marketwatch.digest.TestDatabase;

/** What fetching keeps, on the embedded H2 database. */
class FetchStoreH2Test extends FetchStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}

package io.marketwatch.digest;

/** The digest's database work on H2, the default database. */
class DigestStoreH2Test extends DigestStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}

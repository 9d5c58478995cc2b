package io.marketwatch.store;

/** The review store on H2, the embedded default. */
class ReviewStoreH2Test extends ReviewStoreContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}

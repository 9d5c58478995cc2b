package io.marketwatch.store;

/** The nightly store on H2, the embedded default. */
class NightlyStoreH2Test extends NightlyStoreContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}

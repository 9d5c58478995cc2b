package io.marketwatch.store;

/** Night leases on H2, the embedded default. */
class RunLeasesH2Test extends RunLeasesContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}

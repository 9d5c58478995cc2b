package io.marketwatch.extract;

/** Where a product launch stands (FACTS.md). */
public enum LaunchStatus {
    expected, released, delayed, denied
}

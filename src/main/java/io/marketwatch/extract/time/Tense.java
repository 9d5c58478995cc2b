package io.marketwatch.extract.time;

/** Whether a date phrase points before or after the publication date. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}

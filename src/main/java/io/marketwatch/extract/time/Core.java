package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;

/**
 * The core of a date phrase before its preposition and modifier are read ("April" of "later in
 * April", "2024" of "early 2024").
 *
 * @param kind    what the window covers, so that "early", "late", "the end of" … can narrow it
 * @param implied a tense the words themselves imply ("last April" PAST, "next month" FUTURE), or UNKNOWN
 */
record Core(int start, int end, Kind kind, LaunchWindow window, Tense implied) {

    enum Kind { DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, SPAN }

    int length() {
        return end - start;
    }
}

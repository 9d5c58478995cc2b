package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;

/**
 * One date phrase of a sentence, resolved.
 *
 * @param text   the phrase as written, with its preposition ("later in April", "on November 12",
 *               "by the end of this year", "last week")
 * @param start  offset of its first character in the sentence
 * @param end    offset just after it in the sentence
 * @param window the inclusive dates it stands for; either end may be open (null)
 * @param tense  whether it points before the publication date (PAST), after it (FUTURE), or is
 *               undecided (a window around the publication date with no cue)
 */
public record DateMention(String text, int start, int end, LaunchWindow window, Tense tense) {
}

package io.marketwatch.briefing;

/** An input file that was not read, and why. */
public record SkippedFile(String file, String reason) {
}

package io.marketwatch.batch;

import io.marketwatch.ingest.InputFile;

/** An input file and its position in the night's sorted input (which orders the briefing). */
record NumberedFile(long index, InputFile file) {
}

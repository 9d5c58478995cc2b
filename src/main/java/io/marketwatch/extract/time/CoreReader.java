package io.marketwatch.extract.time;

import java.time.LocalDate;
import java.util.List;

/** Finds the cores of one family of date phrases (months, periods, relative phrases) in a sentence. */
interface CoreReader {

    void read(String sentence, LocalDate published, List<Core> out);
}

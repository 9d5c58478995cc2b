package io.marketwatch.batch;

/** Names of the briefing job's parameters. */
final class JobParameterNames {

    /** The run's date (identifying). */
    static final String AS_OF = "asOf";
    /** The absolute input folder (identifying). */
    static final String INPUT = "input";
    /** The output root; the run writes into OUTPUT/asOf (not identifying). */
    static final String OUTPUT = "output";
    /** Set by --force to start a new instance of an already completed night (identifying). */
    static final String FORCED_AT = "forcedAt";

    private JobParameterNames() {
    }
}

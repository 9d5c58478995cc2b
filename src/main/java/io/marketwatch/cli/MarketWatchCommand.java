package io.marketwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marketwatch} command and its subcommands. */
@Command(name = "marketwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns the day's business news into investor briefings.",
        subcommands = {BriefingCommand.class, ScheduleCommand.class, StatusCommand.class, PurgeCommand.class, FloorCommand.class, CommandLine.HelpCommand.class})
public final class MarketWatchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its subcommands; Spring properties pass through as unmatched arguments ({@link SpringArgs}). */
    static CommandLine commandLine() {
        return new CommandLine(new MarketWatchCommand())
                .setUnmatchedArgumentsAllowed(true)
                .setExecutionExceptionHandler(new OneLineErrors());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

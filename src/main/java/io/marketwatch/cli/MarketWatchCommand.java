package io.marketwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marketwatch} command and its subcommands. */
@Command(name = "marketwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns the day's business news into investor briefings.",
        subcommands = {BriefingCommand.class, FetchCommand.class, ReviewCommand.class, DigestCommand.class,
                ScheduleCommand.class, StatusCommand.class, WorkerCommand.class,
                PurgeCommand.class, EvaluateCommand.class, TrainCommand.class, FloorCommand.class, CommandLine.HelpCommand.class})
public final class MarketWatchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with its subcommands. Commands with {@link SpringArgs} let unmatched
     * arguments through, for SpringArgs to check and hand to Spring; the others reject them.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MarketWatchCommand())
                .setExecutionExceptionHandler(new OneLineErrors());
        commandLine.getSubcommands().values().stream()
                .filter(sub -> sub.getCommandSpec().mixins().values().stream()
                        .anyMatch(mixin -> mixin.userObject() instanceof SpringArgs))
                .forEach(sub -> sub.setUnmatchedArgumentsAllowed(true));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

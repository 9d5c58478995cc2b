package io.marketwatch.cli;

import io.marketwatch.batch.GracefulStop;
import io.marketwatch.schedule.ScheduleProperties;
import io.marketwatch.schedule.Timetable;
import io.marketwatch.system.RunProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch schedule}: stays up and runs the briefing and the digest on their cron times. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stays up and runs the nightly briefing (default every day at 02:00) and the weekly digest "
                + "(default Mondays at 07:00), then purges nights older than marketwatch.retention.days.",
                "Settings: marketwatch.schedule.briefing-cron, digest-cron, zone, input, output (application.yml, "
                        + "environment, or --marketwatch.schedule.zone=Europe/Zurich).",
                "SIGTERM stops a running briefing at its next chunk boundary and exits; it continues on the next run.",
                "See docs/operations.md."})
final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of articles (default: marketwatch.schedule.input, else input).")
    private Path input;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where runs write (default: marketwatch.schedule.output, else output).")
    private Path output;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of(springArgs.properties()));
        if (input != null) {
            args.add("--marketwatch.schedule.input=" + input.toAbsolutePath().normalize());
        }
        if (output != null) {
            args.add("--marketwatch.schedule.output=" + output.toAbsolutePath().normalize());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ShutdownSignal shutdown = ShutdownSignal.install();
             ConfigurableApplicationContext context = SpringContext.startScheduler(args.toArray(String[]::new))) {
            Timetable timetable = context.getBean(Timetable.class);
            GracefulStop gracefulStop = context.getBean(GracefulStop.class);
            shutdown.onSignal(() -> {
                timetable.stop();
                gracefulStop.shutDown();
            }, context.getBean(RunProperties.class).stopTimeout());
            ScheduleProperties properties = context.getBean(ScheduleProperties.class);
            out.println("Market Watch scheduler: input " + properties.input() + ", output " + properties.output()
                    + ", time zone " + properties.zone() + ".");
            timetable.describe().forEach(line -> out.println("  " + line));
            out.println("Log: " + properties.output().resolve(".state").resolve("marketwatch.log")
                    + ". Stop with SIGTERM or Ctrl-C.");
            out.flush();
            timetable.run();
            return ExitCodes.OK;
        }
    }
}

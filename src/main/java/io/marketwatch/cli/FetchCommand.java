package io.marketwatch.cli;

import io.marketwatch.fetch.FetchProperties;
import io.marketwatch.fetch.FetchReport;
import io.marketwatch.fetch.Fetcher;
import io.marketwatch.fetch.SourceReport;
import io.marketwatch.fetch.Source;
import io.marketwatch.fetch.SourcesException;
import io.marketwatch.fetch.SourcesFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch fetch}: the user's feeds, news APIs and pages into an input folder. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches every source of the sources file (RSS/Atom feeds, NewsAPI-style JSON, pages) and "
                + "writes each item not fetched before into the input folder, one folder per source.",
                "Exit codes: 0 done, 3 done but some source failed (see DIR/.fetch-report.json), 1 failed, "
                        + "2 bad options or a bad sources file.",
                "See docs/fetch.md."})
final class FetchCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "FILE",
            description = "The sources file (sources.yml). Default: the setting marketwatch.fetch.sources")
    private Path sources;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Where the fetched articles go. Default: ${DEFAULT-VALUE}")
    private Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder whose .state/ remembers what was fetched. Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The night: gives a year to year-less dates in items. Default: today")
    private LocalDate asOf;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringContext.start(output, springArgs.properties())) {
            Path file = sources != null ? sources : context.getBean(FetchProperties.class).sources();
            if (file == null) {
                err.println("marketwatch fetch: no sources file: give --sources FILE or set marketwatch.fetch.sources");
                return ExitCodes.USAGE;
            }
            FetchReport report;
            try {
                report = fetch(context, file, input, asOf != null ? asOf : LocalDate.now());
            } catch (SourcesException e) {
                err.println("marketwatch fetch: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            print(report, out);
            return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    /** Reads the sources file and fetches into the folder: shared with {@code briefing --sources}. */
    static FetchReport fetch(ConfigurableApplicationContext context, Path sourcesFile, Path into, LocalDate night)
            throws Exception {
        List<Source> sources = SourcesFile.read(sourcesFile);
        return context.getBean(Fetcher.class).fetch(sources, into.toAbsolutePath().normalize(), night);
    }

    static void print(FetchReport report, PrintWriter out) {
        for (SourceReport s : report.sources()) {
            out.printf(Locale.ROOT, "%-24s  %-9s  %4d new  %4d seen  %3d failed  %,10d bytes  %6.1f s%s%n", s.source(),
                    s.outcome().name().toLowerCase(Locale.ROOT), s.itemsNew(), s.itemsSeen(), s.itemsFailed(),
                    s.bytes(), s.millis() / 1000.0, s.problem() == null ? "" : "  " + s.problem());
        }
        out.printf(Locale.ROOT, "Fetched %,d new articles from %,d sources into %s; %d sources failed.%n",
                report.itemsNew(), report.sources().size(), report.input(), report.failed().size());
        out.flush();
    }
}

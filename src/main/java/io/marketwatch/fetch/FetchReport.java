package io.marketwatch.fetch;

import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.report.BriefingFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fetch gave, source by source. It is kept beside the articles it wrote, as
 * {@code .fetch-report.json} in the input folder (hidden: the briefing does not read it as an
 * article), so that the night's briefing lists the sources that were missing.
 */
public record FetchReport(String input, List<SourceReport> sources) {

    public static final String FILE_NAME = ".fetch-report.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public FetchReport {
        sources = List.copyOf(sources);
    }

    public int itemsNew() {
        return sources.stream().mapToInt(SourceReport::itemsNew).sum();
    }

    public List<SourceReport> failed() {
        return sources.stream().filter(s -> s.outcome() == SourceReport.Outcome.FAILED).toList();
    }

    void writeInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        BriefingFiles.writeAtomically(folder.resolve(FILE_NAME), tmp -> JSON.writeValue(tmp.toFile(), this));
    }

    /**
     * The sources that failed in the last fetch into this input folder, as the briefing lists
     * them among what it could not read; none when nothing was fetched into it.
     */
    public static List<SkippedFile> missingSources(Path input) {
        Path file = input.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            FetchReport report = JSON.readValue(file.toFile(), FetchReport.class);
            return report.failed().stream()
                    .map(s -> new SkippedFile("source " + s.source(), "not fetched: " + s.problem())).toList();
        } catch (JacksonException e) {
            return List.of(new SkippedFile(FILE_NAME, "cannot be read: " + e.getOriginalMessage()));
        }
    }
}

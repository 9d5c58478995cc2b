package io.marketwatch.report.json;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.report.BriefingRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes briefing.json. Thread-safe. */
public final class BriefingJsonWriter implements BriefingRenderer {

    /** The file's name in a night's output folder. */
    public static final String FILE = "briefing.json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public void render(Briefing briefing, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, BriefingJson.of(briefing));
        }
    }
}

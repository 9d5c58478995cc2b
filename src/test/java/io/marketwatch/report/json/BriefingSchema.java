package io.marketwatch.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** The contract's JSON Schema (shared/contract/briefing.schema.json), for tests. */
public final class BriefingSchema {

    private static final JsonSchema SCHEMA = load();

    private BriefingSchema() {
    }

    /** Asserts that the file is a valid briefing.json and returns its tree. */
    public static JsonNode validate(Path briefingJson) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(briefingJson.toFile());
        Set<ValidationMessage> errors = SCHEMA.validate(tree);
        assertThat(errors).as("schema violations in " + briefingJson).isEmpty();
        return tree;
    }

    private static JsonSchema load() {
        try (InputStream in = BriefingSchema.class.getResourceAsStream("/contract/briefing.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

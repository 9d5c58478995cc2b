package io.marketwatch.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.SampleBriefings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingJsonWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContractShapeWithExactAmounts() throws Exception {
        Briefing briefing = SampleBriefings.seed();
        Path file = dir.resolve("briefing.json");

        new BriefingJsonWriter().render(briefing, file);

        JsonNode json = BriefingSchema.validate(file);
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("asOf").asText()).isEqualTo("2025-04-02");
        assertThat(json.get("generatedAt").asText()).isEqualTo("2025-04-02T02:00:00Z");
        JsonNode capex = json.get("investments").get(0);
        assertThat(capex.get("investor").asText()).isEqualTo("Alibaba Group");
        assertThat(capex.get("recipient").isNull()).isTrue();
        assertThat(capex.get("kind").asText()).isEqualTo("capex");
        assertThat(capex.get("amount").get("value").toString()).isEqualTo("380000000000");
        assertThat(capex.get("amount").get("currency").asText()).isEqualTo("CNY");
        assertThat(capex.get("amount").get("text").asText()).isEqualTo("380 billion yuan");
        assertThat(capex.get("amountUsd").asDouble()).isEqualTo(55e9);
        assertThat(capex.get("status").asText()).isEqualTo("planned");
        assertThat(capex.get("horizon").asText()).isEqualTo("over the coming years");
        JsonNode launch = json.get("launches").get(1);
        assertThat(launch.get("product").asText()).isEqualTo("next-generation model");
        assertThat(launch.get("window").get("from").isNull()).isTrue();
        assertThat(launch.get("window").get("to").asText()).isEqualTo("2025-04-30");
        JsonNode article = json.get("articles").get(0);
        assertThat(article.get("sources").get(0).asText()).isEqualTo("Bloomberg News");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2025-04-01");
        assertThat(json.get("companies").get(0).get("aliases").toString()).isEqualTo("[\"Alibaba\",\"阿里巴巴\"]");
        JsonNode entity = json.get("companies").get(0).get("entity");
        assertThat(entity.get("kbId").asText()).isEqualTo("alibaba-group");
        assertThat(entity.get("ticker").asText()).isEqualTo("9988.HK");
        assertThat(entity.get("mic").asText()).isEqualTo("XHKG");
        assertThat(entity.get("isin").asText()).isEqualTo("KYG017191142");
        assertThat(entity.get("cik").asText()).isEqualTo("0001577552");
        assertThat(entity.get("country").asText()).isEqualTo("CN");
        assertThat(entity.get("parent").isNull()).isTrue();
        assertThat(json.get("companies").get(1).get("entity").isNull()).as("DeepSeek is not linked").isTrue();
    }

    @Test
    void anEmptyNightIsAValidBriefing() throws Exception {
        Briefing empty = SampleBriefings.large(0);
        Path file = dir.resolve("empty.json");

        new BriefingJsonWriter().render(empty, file);

        JsonNode json = BriefingSchema.validate(file);
        assertThat(json.get("articles")).isEmpty();
        assertThat(json.get("investments")).isEmpty();
    }
}

package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.report.ReportTemplates;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DigestMailRenderingTest {

    private static TestDatabase database;
    private static WeeklyDigest digest;

    @BeforeAll
    static void storeRuns() {
        database = TestDatabase.h2();
        NightlyStore store = new NightlyStore(database.jdbc());
        Path output = Path.of("target/digest-test/out");
        DigestFixtures.storeTwoWeeks(store, Path.of("target/digest-test/input"), output);
        DigestAssembler assembler = new DigestAssembler(store, io.marketwatch.briefing.FxTables.bundled(),
                io.marketwatch.briefing.HighlightsRule.defaults());
        digest = assembler.assemble(assembler.runs(DigestFixtures.W14, output), Instant.parse("2025-04-07T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void rendersBothBodies() throws Exception {
        DigestMail mail = new DigestMailRenderer(ReportTemplates.bundled()).render(digest,
                Subscriber.of("ada@example.com", "Ada", ""), "mailto:digest@example.com?subject=unsubscribe",
                List.of("market-watch-2025-W14-briefing.pdf"));
        Files.createDirectories(Path.of("target/digest-test"));
        Files.writeString(Path.of("target/digest-test/digest.html"), mail.html());
        Files.writeString(Path.of("target/digest-test/digest.txt"), mail.text());
        System.out.println(mail.text());
        assertThat(mail.html()).contains("Qwen 3");
    }
}

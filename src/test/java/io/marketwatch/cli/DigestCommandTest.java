package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.CompletedRun;
import io.marketwatch.store.NightlyStore.StoredArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

class DigestCommandTest {

    @TempDir
    private Path dir;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void storeAWeek() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        output = dir.resolve("output");
        Files.writeString(dir.resolve("subscribers.csv"), "email,name,watchlist\nada@example.com,Ada,\nbroken,Broken,\n");
        var facts = new ArticleFacts(List.of(new CompanyFact("Relativity Space", List.of(), 3)), List.of(), List.of(),
                List.of(), null);
        var article = new ExtractedArticle("r1", "Relativity Space raises money", null, LocalDate.of(2025, 4, 1), null,
                "en", "r1.txt", facts);
        try (ConfigurableApplicationContext context = SpringContext.start(output, null, new String[0])) {
            NightlyStore store = context.getBean(NightlyStore.class);
            store.saveArticles(7, LocalDate.of(2025, 4, 2), List.of(new StoredArticle(0, article)));
            store.recordCompletedRun(new CompletedRun(7, LocalDate.of(2025, 4, 2), input.toString(),
                    output.resolve("2025-04-02").toString(),
                    Instant.parse("2025-04-02T03:00:00Z"), 1, 0));
        }
    }

    private int run(String... args) {
        CommandLine command = MarketWatchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "digest";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return command.execute(withCommand);
    }

    @Test
    void withoutAnSmtpServerItSaysSoAndSuggestsADryRun() {
        assertThat(run("--output", output.toString(), "--week", "2025-W14")).isEqualTo(1);

        assertThat(err.toString()).startsWith("marketwatch digest: No SMTP server is configured")
                .contains("--spring.mail.host=HOST", "--dry-run");
    }

    @Test
    void aDryRunWritesTheMailsAndReportsTheBadSubscriberLine() {
        assertThat(run("--output", output.toString(), "--week", "2025-W14", "--dry-run")).isEqualTo(0);

        assertThat(output.resolve("digest/2025-W14/ada@example.com.eml")).isRegularFile();
        assertThat(out.toString()).contains("Digest 2025-W14 (31 Mar \u2013 6 Apr 2025): 1 new articles",
                "skipped subscriber, line 3: invalid email address broken", "Dry run: wrote 1 .eml files into");
        assertThat(output.resolve("digest/2025-W14/briefing.pdf")).isRegularFile();
    }

    @Test
    void itSendsThroughSpringBootsMailSettingsOnce() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            String[] args = {"--output", output.toString(), "--week", "2025-W14", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + port, "--marketwatch.digest.from=Digest <digest@marketwatch.test>"};
            assertThat(run(args)).as(err.toString()).isEqualTo(0);
            assertThat(run(args)).as(err.toString()).isEqualTo(0);

            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(out.toString()).contains("  sent          ada@example.com", "  already sent  ada@example.com",
                    "1 sent, 0 already sent, 0 failed, 0 pending.", "0 sent, 1 already sent, 0 failed, 0 pending.");
        } finally {
            server.stop();
        }
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(run("--output", output.toString(), "--week", "2025-W54")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--week'", "has no ISO week 54");

        assertThat(run("--output", output.toString(), "--dryrun")).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option or argument: '--dryrun'");
    }

    @Test
    void commandsWithoutSpringPropertiesStillRejectUnknownOptions() {
        CommandLine command = MarketWatchCommand.commandLine();
        command.setErr(new PrintWriter(err, true));

        assertThat(command.execute("evaluate", "--gold", "g", "--briefing", "b.json", "--verbos=1")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--verbos=1'");
    }
}

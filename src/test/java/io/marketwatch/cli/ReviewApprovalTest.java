package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.schedule.WeeklyDigestJob;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** With marketwatch.digest.require-approval=true a week's digest is sent only after review --approve, and once. */
class ReviewApprovalTest {

    private static final String WEEK = "2025-W14";
    private static final String REQUIRE = "--marketwatch.digest.require-approval=true";

    @TempDir
    private Path dir;
    private Path output;
    private GreenMail server;
    private String[] mail;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void storeAWeekAndStartAMailServer() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        output = dir.resolve("output");
        Files.writeString(dir.resolve("subscribers.csv"), "email,name,watchlist\nada@example.com,Ada,\n");
        var facts = new ArticleFacts(List.of(new CompanyFact("Orbital Works", List.of(), 2)), List.of(), List.of(),
                List.of(), null);
        var article = new ExtractedArticle("o1", "Orbital Works opens a plant", null, LocalDate.of(2025, 4, 1), null,
                "en", "o1.txt", facts);
        try (ConfigurableApplicationContext context = SpringContext.start(output, null, new String[0])) {
            NightlyStore store = context.getBean(NightlyStore.class);
            store.saveArticles(3, LocalDate.of(2025, 4, 2), List.of(new StoredArticle(0, article)));
            store.recordCompletedRun(new CompletedRun(3, LocalDate.of(2025, 4, 2), input.toString(),
                    output.resolve("2025-04-02").toString(), Instant.parse("2025-04-02T03:00:00Z"), 1, 0));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        mail = new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--marketwatch.digest.from=Digest <digest@marketwatch.test>", REQUIRE};
    }

    @AfterEach
    void stopTheMailServer() {
        server.stop();
    }

    @Test
    void theDigestWaitsForApprovalAndIsSentOnceAfterIt() {
        assertThat(run("digest", "--output", output.toString(), "--week", WEEK)).isEqualTo(ExitCodes.PARTIAL);
        assertThat(err.toString()).contains("the digest of 2025-W14 waits for review",
                "marketwatch review --approve 2025-W14");
        assertThat(server.getReceivedMessages()).isEmpty();

        assertThat(run("status", "--output", output.toString(), REQUIRE)).isIn(ExitCodes.OK, ExitCodes.ATTENTION);
        assertThat(out.toString()).contains("Waiting for review:", "night 2025-04-02  not reviewed",
                "week 2025-W14  digest not sent until approved");

        assertThat(run("review", "--output", output.toString(), "--approve", WEEK, "--by", "alice"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("The digest of 2025-W14", "is approved.", "Sent to 1");
        assertThat(server.getReceivedMessages()).hasSize(1);

        assertThat(run("digest", "--output", output.toString(), "--week", WEEK)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("0 sent, 1 already sent");
        assertThat(server.getReceivedMessages()).hasSize(1);

        assertThat(run("status", "--output", output.toString(), REQUIRE)).isIn(ExitCodes.OK, ExitCodes.ATTENTION);
        assertThat(out.toString()).doesNotContain("week 2025-W14");
    }

    @Test
    void theSchedulersDigestRunWaitsWithoutFailing() throws Exception {
        String[] properties = {"--marketwatch.schedule.output=" + output, mail[0], mail[1], mail[2], REQUIRE};
        try (ConfigurableApplicationContext context = SpringContext.start(output, null, properties)) {
            context.getBean(WeeklyDigestJob.class).run(LocalDate.of(2025, 4, 7));
        }
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine command = MarketWatchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = args;
        if (!args[0].equals("status")) {
            all = new String[args.length + mail.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(mail, 0, all, args.length, mail.length);
        }
        return command.execute(all);
    }
}

package io.marketwatch.digest;

import io.marketwatch.schedule.ScheduleProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.report.BriefingRenderer;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.json.BriefingJsonWriter;
import io.marketwatch.review.ReviewStore;
import io.marketwatch.store.NightlyStore;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The digest against a real SMTP server (GreenMail) in the test JVM, on an in-memory H2 database. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:digest-mail-test;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1",
        "marketwatch.digest.from=Market Watch <digest@marketwatch.test>",
        "marketwatch.digest.unsubscribe=https://marketwatch.test/unsubscribe?email={email}",
        "marketwatch.digest.retry-delay=5ms"})
class DigestServiceMailTest {

    private static final int PORT = freePort();
    private static final Duration SENDING_TIMEOUT = Duration.ofMinutes(10);
    private static final String SUBSCRIBERS = """
            email,name,watchlist
            ada@example.com,Ada Lovelace,
            "grace@example.com","Hopper, Grace",nintendo
            not-an-address,Nobody,
            """;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    private DigestService service;
    @Autowired
    private NightlyStore store;
    @Autowired
    private SendLog sendLog;
    @Autowired
    private SubscriberTable subscriberTable;
    @Autowired
    private JavaMailSender smtp;
    @Autowired
    private JdbcTemplate jdbc;
    @TempDir
    private Path dir;

    private GreenMail server;
    private Path input;
    private Path output;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        for (String table : List.of("mw_digest_send", "mw_digest_subscriber", "mw_run", "mw_run_article", "mw_run_skip")) {
            jdbc.update("DELETE FROM " + table);
        }
        input = Files.createDirectories(dir.resolve("input"));
        output = Files.createDirectories(dir.resolve("output"));
        Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS);
        DigestFixtures.storeTwoWeeks(store, input, output);
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private DigestRequest week14() {
        return new DigestRequest(output, DigestFixtures.W14, null, false);
    }

    @Test
    void everySubscriberGetsOneDigestWithTextHtmlAndAttachmentsAndASecondRunSendsNothing() throws Exception {
        DigestResult first = service.send(week14());

        assertThat(first.sent()).containsExactly("ada@example.com", "grace@example.com");
        assertThat(first.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("not-an-address");
        });
        assertThat(first.subscribers()).isEqualTo(dir.resolve("subscribers.csv").toString());
        MimeMessage ada = onlyMessageTo("ada@example.com");
        assertThat(ada.getSubject()).isEqualTo("Market Watch weekly digest, 2025-W14 (31 Mar \u2013 6 Apr 2025)");
        assertThat(ada.getMessageID()).isEqualTo(MessageIds.of(DigestFixtures.W14, "ada@example.com", "marketwatch.test"));
        assertThat(ada.getHeader("List-Unsubscribe")).containsExactly(
                "<https://marketwatch.test/unsubscribe?email=ada%40example.com>");
        assertThat(((InternetAddress) ada.getFrom()[0]).getAddress()).isEqualTo("digest@marketwatch.test");
        assertThat(((InternetAddress) ada.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("Ada Lovelace");

        MailParts parts = MailParts.of(ada);
        assertThat(parts.text).contains("Hello Ada Lovelace,", "WHAT CHANGED SINCE LAST WEEK",
                "slipped: Nintendo Switch 2 (Nintendo Co., Ltd.): from 5 Jun 2025 to 1 Jul 2025 \u2013 31 Jul 2025",
                "Qwen 3", "https://marketwatch.test/unsubscribe?email=ada%40example.com");
        assertThat(parts.html).contains("Qwen 3")
                .contains("Alibaba &lt;script&gt;alert(1)&lt;/script&gt; gears up")
                .doesNotContain("<script>", "javascript:");
        List<String> expectedAttachments = first.attachments().stream()
                .map(f -> "market-watch-2025-W14-" + f.getFileName()).toList();
        assertThat(parts.attachments.keySet()).containsExactlyElementsOf(expectedAttachments);
        for (Path file : first.attachments()) {
            assertThat(parts.attachments.get("market-watch-2025-W14-" + file.getFileName()))
                    .isEqualTo(Files.readAllBytes(file));
        }

        MailParts grace = MailParts.of(onlyMessageTo("grace@example.com"));
        assertThat(grace.text).contains("about the companies you follow: nintendo", "Nintendo Switch 2")
                .doesNotContain("Qwen 3", "Alibaba");

        DigestResult second = service.send(week14());
        assertThat(second.sent()).isEmpty();
        assertThat(second.alreadySent()).containsExactly("ada@example.com", "grace@example.com");
        assertThat(second.complete()).isTrue();
        assertThat(messagesPerRecipient()).containsExactly(Map.entry("ada@example.com", 1), Map.entry("grace@example.com", 1));
    }

    @Test
    void theScheduledDigestSendsTheLastCompleteWeekOnMondayAndNeverTwice() throws Exception {
        var scheduled = new ScheduledDigest(service,
                new ScheduleProperties("0 0 2 * * *", "0 0 7 * * MON", null, input, output));
        LocalDate monday = DigestFixtures.W14.sunday().plusDays(1);

        scheduled.run(monday);
        scheduled.run(monday);

        assertThat(onlyMessageTo("ada@example.com").getSubject()).contains("2025-W14");
        assertThat(onlyMessageTo("grace@example.com").getSubject()).contains("2025-W14");
    }

    @Test
    void namesWithLineBreaksNeverReachAHeaderRaw() throws Exception {
        Files.writeString(dir.resolve("subscribers.csv"), "email,name,watchlist\r\n"
                + "eve@example.com,\"Eve\r\nBcc: victim@example.com\",\r\n");

        assertThat(service.send(week14()).sent()).containsExactly("eve@example.com");

        assertThat(messagesPerRecipient()).containsExactly(Map.entry("eve@example.com", 1));
        MimeMessage eve = onlyMessageTo("eve@example.com");
        assertThat(eve.getHeader("Bcc")).isNull();
        assertThat(eve.getHeader("To")).singleElement()
                .satisfies(to -> assertThat(MimeUtility.unfold(to)).doesNotContain("\r", "\n"));
        InternetAddress to = (InternetAddress) eve.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("eve@example.com");
        assertThat(to.getPersonal()).isEqualTo("Eve Bcc: victim@example.com");
    }

    @Test
    void recipientsWhoseSendsFailAreRetriedThenLeftPendingAndTheNextRunSendsOnlyToThem() throws Exception {
        FaultySmtp faulty = new FaultySmtp(smtp)
                .failFirst("grace@example.com", 1)   // recovers within the run
                .failFirst("ada@example.com", 4);    // fails all 3 attempts of the first run, then once more
        DigestService flaky = service(faulty, Clock.systemUTC());

        DigestResult first = flaky.send(week14());

        assertThat(first.sent()).containsExactly("grace@example.com");
        assertThat(first.failed()).extracting(DigestResult.Unsent::recipient).containsExactly("ada@example.com");
        assertThat(first.failed().get(0).reason()).contains("451 4.3.0 temporary failure");
        assertThat(faulty.attempts("ada@example.com")).isEqualTo(3);
        assertThat(faulty.attempts("grace@example.com")).isEqualTo(2);
        assertThat(sendLog.find(DigestFixtures.W14, "ada@example.com")).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(SendLog.Status.pending);
            assertThat(e.attempts()).isEqualTo(3);
        });
        assertThat(messagesPerRecipient()).containsExactly(Map.entry("grace@example.com", 1));

        DigestResult second = flaky.send(week14());

        assertThat(second.sent()).containsExactly("ada@example.com");
        assertThat(second.alreadySent()).containsExactly("grace@example.com");
        assertThat(second.complete()).isTrue();
        assertThat(messagesPerRecipient()).containsExactly(Map.entry("ada@example.com", 1), Map.entry("grace@example.com", 1));
        assertThat(sendLog.find(DigestFixtures.W14, "ada@example.com")).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(SendLog.Status.sent);
            assertThat(e.attempts()).isEqualTo(5);
        });
    }

    @Test
    void aServerThatGoesDownMidRunLeavesTheRestOwedAndEachGetsOneCopyOnceItIsBack() throws Exception {
        Files.writeString(dir.resolve("subscribers.csv"), "email,name,watchlist\n"
                + "ada@example.com,Ada,\nbob@example.com,Bob,\ncarol@example.com,Carol,\n");
        FaultySmtp stopsAfterFirst = new FaultySmtp(smtp).afterSend(recipient -> {
            if (server.isRunning()) {
                keepReceivedAndStop();
            }
        });

        DigestResult first = service(stopsAfterFirst, Clock.systemUTC()).send(week14());

        assertThat(first.sent()).containsExactly("ada@example.com");
        assertThat(first.failed()).extracting(DigestResult.Unsent::recipient).containsExactly("bob@example.com");
        assertThat(first.pending()).extracting(DigestResult.Unsent::recipient).containsExactly("carol@example.com");
        assertThat(first.pending().get(0).reason()).contains("could not be reached");
        assertThat(stopsAfterFirst.attempts("carol@example.com")).isZero();

        server.start();
        DigestResult second = service.send(week14());

        assertThat(second.sent()).containsExactly("bob@example.com", "carol@example.com");
        assertThat(second.alreadySent()).containsExactly("ada@example.com");
        assertThat(messagesPerRecipient()).containsExactly(Map.entry("ada@example.com", 1),
                Map.entry("bob@example.com", 1), Map.entry("carol@example.com", 1));
    }

    @Test
    void aSendInterruptedAfterTheServerAcceptedItGoesAgainWithTheSameMessageId() throws Exception {
        FaultySmtp crashes = new FaultySmtp(smtp).afterSend(recipient -> {
            if (recipient.equals("ada@example.com")) {
                throw new ProcessDied();
            }
        });
        assertThatThrownBy(() -> service(crashes, Clock.systemUTC()).send(week14())).isInstanceOf(ProcessDied.class);
        assertThat(sendLog.find(DigestFixtures.W14, "ada@example.com")).get()
                .extracting(SendLog.Entry::status).isEqualTo(SendLog.Status.sending);

        DigestResult tooSoon = service.send(week14());
        assertThat(tooSoon.pending()).extracting(DigestResult.Unsent::recipient).containsExactly("ada@example.com");
        assertThat(tooSoon.sent()).containsExactly("grace@example.com");

        Clock later = Clock.offset(Clock.systemUTC(), SENDING_TIMEOUT.plusMinutes(1));
        DigestResult afterTimeout = service(smtp, later).send(week14());

        assertThat(afterTimeout.sent()).containsExactly("ada@example.com");
        assertThat(afterTimeout.resent()).containsExactly("ada@example.com");
        List<MimeMessage> copies = messagesTo("ada@example.com");
        assertThat(copies).hasSize(2);
        assertThat(copies.get(0).getMessageID()).isEqualTo(copies.get(1).getMessageID())
                .isEqualTo(MessageIds.of(DigestFixtures.W14, "ada@example.com", "marketwatch.test"));
        assertThat(messagesTo("grace@example.com")).hasSize(1);
    }

    @Test
    void subscribersComeFromTheDatabaseTableWhenThereIsNoCsvFile() throws Exception {
        Files.delete(dir.resolve("subscribers.csv"));
        jdbc.update("INSERT INTO mw_digest_subscriber (email, name, watchlist, active) VALUES (?, ?, ?, ?)",
                "dora@example.com", "Dora", "Alibaba", true);
        jdbc.update("INSERT INTO mw_digest_subscriber (email, name, watchlist, active) VALUES (?, ?, ?, ?)",
                "gone@example.com", "Gone", "", false);

        DigestResult result = service.send(week14());

        assertThat(result.subscribers()).isEqualTo(SubscriberTable.SOURCE);
        assertThat(result.sent()).containsExactly("dora@example.com");
        assertThat(MailParts.of(onlyMessageTo("dora@example.com")).text).contains("Qwen 3").doesNotContain("Switch 2");
    }

    @Test
    void aDryRunWritesOneEmlPerRecipientAndSendsNothing() throws Exception {
        DigestService withoutSmtp = service(null, Clock.systemUTC());
        assertThatThrownBy(() -> withoutSmtp.send(week14())).isInstanceOf(DigestException.class)
                .hasMessageContaining("No SMTP server is configured").hasMessageContaining("--dry-run");

        DigestResult dry = withoutSmtp.send(new DigestRequest(output, DigestFixtures.W14, null, true));

        Path folder = output.resolve("digest/2025-W14");
        assertThat(dry.drafts()).containsExactly(folder.resolve("ada@example.com.eml"), folder.resolve("grace@example.com.eml"));
        assertThat(dry.sent()).isEmpty();
        assertThat(sendLog.week(DigestFixtures.W14)).isEmpty();
        assertThat(server.getReceivedMessages()).isEmpty();
        try (InputStream in = Files.newInputStream(dry.drafts().get(0))) {
            MimeMessage draft = new MimeMessage(null, in);
            assertThat(draft.getMessageID()).isEqualTo(MessageIds.of(DigestFixtures.W14, "ada@example.com", "marketwatch.test"));
            assertThat(MailParts.of(draft).text).contains("Hello Ada Lovelace,");
        }
    }

    private DigestService service(JavaMailSender sender, Clock clock) {
        DigestProperties properties = new DigestProperties("Market Watch <digest@marketwatch.test>",
                "https://marketwatch.test/unsubscribe?email={email}", "", 3, Duration.ofMillis(5),
                SENDING_TIMEOUT);
        List<BriefingRenderer> attachments = List.of(new BriefingJsonWriter());
        return new DigestService(store, sendLog, subscriberTable, sender, attachments, ReportTemplates.bundled(), properties,
                clock, new ReviewStore(jdbc), HighlightsRule.defaults(), false);
    }

    private void keepReceivedAndStop() {
        Collections.addAll(received, server.getReceivedMessages());
        server.stop();
    }

    private List<MimeMessage> allReceived() {
        List<MimeMessage> all = new ArrayList<>(received);
        if (server.isRunning()) {
            Collections.addAll(all, server.getReceivedMessages());
        }
        return all;
    }

    private Map<String, Integer> messagesPerRecipient() throws MessagingException {
        Map<String, Integer> counts = new TreeMap<>();
        for (MimeMessage message : allReceived()) {
            counts.merge(((InternetAddress) message.getAllRecipients()[0]).getAddress(), 1, Integer::sum);
        }
        return counts;
    }

    private List<MimeMessage> messagesTo(String address) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : allReceived()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                messages.add(message);
            }
        }
        return messages;
    }

    private MimeMessage onlyMessageTo(String address) throws MessagingException {
        List<MimeMessage> messages = messagesTo(address);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands for the JVM dying right after the SMTP server accepted a mail. */
    private static final class ProcessDied extends Error {
    }

    /** The text and HTML bodies and the attachments of a received mail. */
    private static final class MailParts {
        String text;
        String html;
        final Map<String, byte[]> attachments = new LinkedHashMap<>();

        static MailParts of(MimeMessage message) throws MessagingException, IOException {
            MailParts parts = new MailParts();
            parts.collect(message);
            return parts;
        }

        private void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body);
                }
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}

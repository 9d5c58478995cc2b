package io.marketwatch.report.pdf;

import static io.marketwatch.report.pdf.PdfBriefingRendererTest.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.DatePeriod;
import io.marketwatch.briefing.Highlight;
import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import io.marketwatch.report.ReportTemplates;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article text is not trusted, and the renderer reads nothing but the templates: markup in an
 * article shows as text, and no template can make the report fetch a URL or read a local file. A
 * local server counts the connections the renderer attempts.
 */
class UntrustedContentTest {

    private record Request(String uri, boolean allowed) {
    }

    private final List<Request> requests = new ArrayList<>();
    private ServerSocket server;
    private String img;

    @TempDir
    Path folder;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        img = "<img src=\"http://127.0.0.1:" + server.getLocalPort() + "/x.png\">";
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private PdfBriefingRenderer renderer(ReportTemplates templates) {
        return new PdfBriefingRenderer(templates, PdfOptions.defaults(),
                (uri, allowed) -> requests.add(new Request(uri, allowed)));
    }

    @Test
    void markupInArticlesIsPrintedAsTextAndFetchesNothing() throws IOException {
        String script = "<script>alert('pwned')</script>";
        String link = "<link rel=\"stylesheet\" href=\"file:///etc/passwd\">";
        LocalDate day = LocalDate.of(2025, 4, 1);
        var article = new BriefingArticle("hostile", "Acme wins " + img, "javascript:alert(1)", day, List.of(), "en",
                "hostile.html", script, "Evil " + link);
        var company = new BriefingCompany("Acme " + script, List.of(link), List.of("hostile"), 3,
                "Acme says " + img + " and " + link, 5e9, List.of());
        var investment = new BriefingInvestment("Acme " + script, null, "plant " + img, InvestmentKind.capex,
                new Money(new BigDecimal("5000000000"), "USD", "$5 billion " + script), 5e9, null,
                InvestmentStatus.planned, null, List.of("hostile"), "evidence " + script, List.of("Evil " + link), null);
        var launch = new BriefingLaunch("Acme " + script, "Widget " + img, LaunchStatus.expected,
                new LaunchWindow(day, day.plusDays(29)), "soon " + script, List.of("hostile"), "evidence", List.of(), null);
        Briefing hostile = new Briefing(SampleBriefings.AS_OF, Instant.parse("2025-04-02T02:00:00Z"),
                new DatePeriod(day, day), List.of(article), List.of(company), List.of(investment), List.of(launch),
                List.of(new Highlight("Acme " + img + " " + script + " " + link, List.of("hostile"))), List.of(),
                SampleBriefings.FX);
        Path file = folder.resolve("hostile.pdf");

        renderer(ReportTemplates.bundled()).render(hostile, file);

        try (PdfFile pdf = PdfFile.open(file)) {
            String text = squash(pdf.text());
            assertThat(text).contains("1. Acme " + img + " " + script + " " + link + " [1]",
                    "Acme says " + img + " and " + link,
                    "[1] Acme wins " + img + ". Evil " + link + ", 1 Apr 2025.", "input file hostile.html");
            assertThat(uriLinks(pdf)).noneMatch(uri -> uri.startsWith("javascript"));
        }
        assertThat(requests).allMatch(Request::allowed);
        assertThat(requests).extracting(Request::uri).contains("template:briefing.css");
        assertNoConnection();
    }

    @Test
    void aTemplateCanReadItsOwnFolderButNoUrlAndNoOtherFile() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("outside.css"), ".custom { color: red; }");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", templates.resolve("logo.png").toFile());
        String port = String.valueOf(server.getLocalPort());
        Files.writeString(templates.resolve("briefing.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <head>
                  <title>Custom</title>
                  <link rel="stylesheet" type="text/css" href="briefing.css"/>
                  <link rel="stylesheet" type="text/css" href="http://127.0.0.1:PORT/evil.css"/>
                  <link rel="stylesheet" type="text/css" href="file:///etc/passwd"/>
                  <link rel="stylesheet" type="text/css" href="../outside.css"/>
                </head>
                <body>
                  <h1>Custom template for <span th:text="${briefing.asOf}">a day</span></h1>
                  <img src="logo.png" alt=""/>
                  <img src="http://127.0.0.1:PORT/x.png" alt=""/>
                  <img src="//127.0.0.1:PORT/y.png" alt=""/>
                  <img src="file:///etc/hostname" alt=""/>
                  <img src="/etc/hostname" alt=""/>
                  <img src="template:../../pom.xml" alt=""/>
                </body>
                </html>
                """.replace("PORT", port));
        Path file = folder.resolve("custom.pdf");

        renderer(new ReportTemplates(templates)).render(SampleBriefings.seed(), file);

        try (PdfFile pdf = PdfFile.open(file)) {
            assertThat(squash(pdf.text())).contains("Custom template for 2 April 2025");
        }
        assertThat(requests).filteredOn(Request::allowed).extracting(Request::uri)
                .contains("template:briefing.css", "template:logo.png")
                .allMatch(uri -> uri.startsWith("template:") || uri.endsWith("/resources/css/XhtmlNamespaceHandler.css"));
        assertThat(requests).filteredOn(request -> !request.allowed()).extracting(Request::uri)
                .containsOnly("http://127.0.0.1:" + port + "/evil.css", "file:///etc/passwd",
                        "../outside.css", "http://127.0.0.1:" + port + "/x.png", "//127.0.0.1:" + port + "/y.png",
                        "file:///etc/hostname", "/etc/hostname", "template:../../pom.xml");
        assertNoConnection();
    }

    @Test
    void theUsersStylesheetReplacesTheBundledOne() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("briefing.css"), """
                body { font-family: "Noto Sans"; }
                .cover-title::after { content: " (house style)"; }
                """);
        Path file = folder.resolve("styled.pdf");

        renderer(new ReportTemplates(templates)).render(SampleBriefings.seed(), file);

        try (PdfFile pdf = PdfFile.open(file)) {
            assertThat(squash(pdf.text(1))).contains("Investor briefing (house style)");
        }
    }

    private static List<String> uriLinks(PdfFile pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.document().getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    /** Any connection the renderer attempted waits in the server's backlog. */
    private void assertNoConnection() throws IOException {
        server.setSoTimeout(300);
        assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
}

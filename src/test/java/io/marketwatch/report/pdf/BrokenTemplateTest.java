package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken user template fails with the template's path, the line and what is wrong; no PDF is written. */
class BrokenTemplateTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an HTML entity XML does not know | <p>a&nbsp;b</p>                             | nbsp
            an element left open             | <p><b>bold</p>                              | b
            a property the view lacks        | <p th:text="${briefing.noSuchThing}">x</p>  | noSuchThing
            an expression that does not parse| <p th:text="${briefing.title">x</p>         | briefing.title
            """)
    void namesTheTemplateAndTheLine(String problem, String line, String named) throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Path template = templates.resolve("briefing.html");
        Files.writeString(template, """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <head><title>Broken</title></head>
                <body>
                <h1>Fine so far</h1>
                LINE
                </body>
                </html>
                """.replace("LINE", line));
        Path pdf = folder.resolve("out.pdf");
        var renderer = new PdfBriefingRenderer(new ReportTemplates(templates), PdfOptions.defaults());

        TemplateException error = catchThrowableOfType(TemplateException.class,
                () -> renderer.render(SampleBriefings.seed(), pdf));

        assertThat(error).as(problem).isNotNull();
        assertThat(error.template()).isEqualTo(template.toString());
        assertThat(error.line()).isIn(6, 7);
        assertThat(error.getMessage()).startsWith("template " + template + " line " + error.line() + ": ").contains(named);
        assertThat(pdf).doesNotExist();
    }
}

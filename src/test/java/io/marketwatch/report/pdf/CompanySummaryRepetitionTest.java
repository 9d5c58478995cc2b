package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.TextSimilarity;
import io.marketwatch.eval.DevBriefing;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.pdf.BriefingView.CompanySection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company's summary in the PDF never says the same thing twice: no two of its sentences share
 * {@value TextSimilarity#SAME} or more of the shorter one's content words (the same story told by two
 * outlets, or an evidence sentence repeated in an article's summary). Checked on the dev articles,
 * and on dev2 when the shared folder is beside the project.
 */
class CompanySummaryRepetitionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    static Stream<Path> articleSets() {
        return Stream.of(Path.of("src/test/resources/eval/dev/articles"), Path.of("../shared/eval/dev2/articles"))
                .filter(Files::isDirectory);
    }

    @ParameterizedTest
    @MethodSource("articleSets")
    void noCompanySummaryRepeatsASentence(Path articles) throws IOException {
        Briefing briefing = DevBriefing.assembled(articles, AS_OF);
        PdfOptions options = PdfOptions.defaults();
        List<CompanySection> sections = new BriefingViewBuilder(options, new BriefingCharts(BriefingFonts.load()))
                .build(briefing).companies().rows();
        Path pdf = Files.createDirectories(PdfBriefingRendererTest.OUT).resolve("repetition-" + articles.getParent()
                .getFileName() + ".pdf");
        new PdfBriefingRenderer(ReportTemplates.bundled(), options).render(briefing, pdf);

        String text;
        try (PdfFile file = PdfFile.open(pdf)) {
            text = PdfBriefingRendererTest.squash(file.text());
        }
        assertThat(sections).isNotEmpty();
        for (CompanySection section : sections) {
            if (section.summary() == null) {
                continue;
            }
            List<String> sentences = sentences(section.summary());
            assertThat(text).as("the PDF prints %s's summary", section.name())
                    .contains(PdfBriefingRendererTest.squash(sentences.get(0)));
            for (int i = 0; i < sentences.size(); i++) {
                for (int j = i + 1; j < sentences.size(); j++) {
                    assertThat(TextSimilarity.overlap(sentences.get(i), sentences.get(j)))
                            .as("%s: \"%s\" and \"%s\"", section.name(), sentences.get(i), sentences.get(j))
                            .isLessThan(TextSimilarity.SAME);
                }
            }
        }
    }

    /** Sentences: a period, question or exclamation mark (and a closing quote) before a capital or a quote. */
    private static List<String> sentences(String summary) {
        return new ArrayList<>(List.of(summary.split("(?<=[.!?][\"\u201d]?)\\s+(?=[\\p{Lu}\"\u201c])")));
    }
}

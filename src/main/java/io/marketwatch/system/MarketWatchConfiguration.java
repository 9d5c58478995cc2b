package io.marketwatch.system;

import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.FactExtractor;
import io.marketwatch.extract.RuleBasedFactExtractor;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.kb.KnowledgeBase;
import io.marketwatch.ingest.IngestLimits;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.report.BriefingRenderer;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.excel.WorkbookBriefingRenderer;
import io.marketwatch.report.pdf.PdfBriefingRenderer;
import io.marketwatch.report.pdf.PdfOptions;
import io.marketwatch.report.json.BriefingJsonWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires the plain-Java parts (readers, extractor, renderers) into the Spring context. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketWatchProperties.class)
class MarketWatchConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    InputScanner inputScanner() {
        return new InputScanner();
    }

    @Bean
    ArticleReader articleReader(MarketWatchProperties properties) {
        return new ArticleReader(new IngestLimits(properties.maxFileBytes(), properties.maxArticlesPerFile(),
                properties.maxTextChars()));
    }

    /**
     * The shipped knowledge base with the user's company files on top, read once when the context
     * starts: a malformed row fails the run before any article is read.
     */
    @Bean
    KnowledgeBase knowledgeBase(
            @Value("${marketwatch.kb.user-dir:${marketwatch.state-dir:./output/.state}/companies}") Path userDir) {
        return KnowledgeBase.withUserCompanies(userDir);
    }

    @Bean
    FactExtractor factExtractor(KnowledgeBase knowledgeBase) {
        return new RuleBasedFactExtractor(knowledgeBase);
    }

    @Bean
    FxTable fxTable() {
        return FxTables.bundled();
    }

    /** The executive summary; facts below {@code marketwatch.review.min-confidence} stay out of it and the digest. */
    @Bean
    HighlightsRule highlightsRule(@Value("${marketwatch.review.min-confidence:"
            + HighlightsRule.DEFAULT_MIN_CONFIDENCE + "}") double minConfidence) {
        return HighlightsRule.withMinConfidence(minConfidence);
    }

    @Bean
    ReportTemplates reportTemplates(@Value("${marketwatch.templates:#{null}}") Path templates) {
        return new ReportTemplates(templates);
    }

    /** The PDF: written every night, attached to the weekly digest. */
    @Bean
    @Order(1)
    BriefingRenderer pdfBriefing(ReportTemplates templates) {
        PdfBriefingRenderer pdf = new PdfBriefingRenderer(templates, PdfOptions.defaults());
        return BriefingRenderer.of("briefing.pdf", pdf::render);
    }

    /** The workbook: written every night, attached to the weekly digest. */
    @Bean
    @Order(2)
    BriefingRenderer workbookBriefing(ReportTemplates templates) {
        WorkbookBriefingRenderer workbook = new WorkbookBriefingRenderer(templates);
        return BriefingRenderer.of("briefing.xlsx", workbook::render);
    }

    /** Every night's outputs: briefing.json, then each document renderer (PDF, workbook). */
    @Bean
    BriefingFiles briefingFiles(List<BriefingRenderer> documents) {
        List<BriefingRenderer> all = new ArrayList<>();
        all.add(new BriefingJsonWriter());
        all.addAll(documents);
        return new BriefingFiles(all);
    }
}

package io.marketwatch.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The night's briefing: the one model that briefing.json, the PDF, the workbook and the digest
 * mail all render. Renderers only format it; every figure they show is in here.
 *
 * @param asOf        the run's date
 * @param generatedAt when the briefing was assembled
 * @param period      the publication dates the articles span (null ends when no article has a date)
 * @param articles    every article read, in input order
 * @param companies   companies, most important first ({@link Importance})
 * @param investments investments, most important first ({@link Importance})
 * @param launches    launches, most important first ({@link Importance})
 * @param highlights  the executive summary: the developments that matter most
 * @param skipped     input files that could not be read, with the reason
 * @param fx          the FX table used for USD conversions
 */
public record Briefing(LocalDate asOf, Instant generatedAt, DatePeriod period, List<BriefingArticle> articles,
                       List<BriefingCompany> companies, List<BriefingInvestment> investments,
                       List<BriefingLaunch> launches, List<Highlight> highlights, List<SkippedFile> skipped,
                       FxTable fx) {

    public static final int SCHEMA_VERSION = 1;

    public Briefing {
        articles = List.copyOf(articles);
        companies = List.copyOf(companies);
        investments = List.copyOf(investments);
        launches = List.copyOf(launches);
        highlights = List.copyOf(highlights);
        skipped = List.copyOf(skipped);
    }
}

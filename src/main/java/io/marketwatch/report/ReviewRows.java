package io.marketwatch.report;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.FactFields;
import io.marketwatch.briefing.FactReview;
import io.marketwatch.briefing.HighlightsRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the review file and of the workbook's Review sheet: one per investment and launch of
 * the briefing, with the fact in words, its confidence and evidence, and empty {@code action} and
 * {@code fix} columns for the editor (docs/review.md).
 */
public final class ReviewRows {

    /** The review file's columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "kind", "fact", "confidence", "evidence", "article",
            "action", "fix");

    private ReviewRows() {
    }

    /** One row per investment, then per launch, in the briefing's order; facts without an id are left out. */
    public static List<Row> of(Briefing briefing) {
        Map<String, BriefingArticle> articles = new HashMap<>();
        briefing.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
        List<Row> rows = new ArrayList<>();
        for (BriefingInvestment i : briefing.investments()) {
            if (i.review() != null) {
                rows.add(new Row(i.review().id(), FactFields.INVESTMENT, HighlightsRule.describe(i),
                        i.review().confidence(), i.evidence(), article(i.articleIds(), articles), note(i.review())));
            }
        }
        for (BriefingLaunch l : briefing.launches()) {
            if (l.review() != null) {
                rows.add(new Row(l.review().id(), FactFields.LAUNCH, describe(l), l.review().confidence(), l.evidence(),
                        article(l.articleIds(), articles), note(l.review())));
            }
        }
        return rows;
    }

    /** A launch in words: "Acme released Widget 2 (March 2026)." */
    static String describe(BriefingLaunch l) {
        String verb = switch (l.status()) {
            case expected -> " is expected to release ";
            case released -> " released ";
            case delayed -> " delayed ";
            case denied -> " denied plans to release ";
        };
        return l.company() + verb + l.product() + (l.windowText() == null ? "" : " (" + l.windowText() + ")") + ".";
    }

    private static String article(List<String> articleIds, Map<String, BriefingArticle> articles) {
        if (articleIds.isEmpty()) {
            return "";
        }
        BriefingArticle a = articles.get(articleIds.get(0));
        return a == null ? articleIds.get(0) : a.title() + " (" + a.file() + ")";
    }

    private static String note(FactReview review) {
        if (review.correction() != null) {
            return "corrected (#" + review.correction().number() + ", " + review.correction().action() + ")";
        }
        return review.doubtful() ? "low confidence: kept out of the summary and the digest" : "";
    }

    /**
     * One fact to review.
     *
     * @param note what the briefing did with it: low confidence, or corrected (shown in the workbook only)
     */
    public record Row(String id, String kind, String fact, double confidence, String evidence, String article,
                      String note) {
    }
}

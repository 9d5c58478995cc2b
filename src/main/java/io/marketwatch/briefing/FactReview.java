package io.marketwatch.briefing;

import java.util.List;

/**
 * What the briefing knows about one investment or launch beyond the fact itself: its stable id,
 * how far to trust it and why, and the editor's correction, if any (FACTS.md, "Identity, confidence
 * and corrections").
 *
 * @param id         stable: the key of the fact in the first article that reports it
 * @param confidence between 0 and 1
 * @param reasons    why the confidence is what it is, in words
 * @param sourceKeys the key of the fact in every article that reports it (the id among them): a
 *                   correction made under any of them applies when the articles are merged otherwise
 * @param doubtful   whether the confidence is below the threshold ({@code marketwatch.review.min-confidence}):
 *                   such a fact stays out of the executive summary and the digest unless an editor kept or fixed it
 * @param correction the editor's correction in force, or null
 */
public record FactReview(String id, double confidence, List<String> reasons, List<String> sourceKeys,
                         boolean doubtful, FactCorrection correction) {

    public FactReview {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
        reasons = List.copyOf(reasons);
        sourceKeys = List.copyOf(sourceKeys);
    }

    FactReview corrected(FactCorrection applied) {
        return new FactReview(id, confidence, reasons, sourceKeys, doubtful, applied);
    }
}

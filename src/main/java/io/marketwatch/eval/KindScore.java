package io.marketwatch.eval;

/**
 * Micro-averaged figures for one kind of fact.
 *
 * @param tp        matched facts
 * @param predicted facts in the briefing
 * @param gold      facts in the gold files
 */
public record KindScore(int tp, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

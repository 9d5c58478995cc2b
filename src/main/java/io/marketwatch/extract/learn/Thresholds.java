package io.marketwatch.extract.learn;

/**
 * How a model's probability and the rules' verdict make one decision: what the rules accept stands
 * unless the model gives it less than {@code veto}; what they do not accept is accepted when the
 * model gives it at least {@code admit} and may admit it at all.
 *
 * @param veto  below this the model overrules the rules' acceptance
 * @param admit from this the model accepts what the rules did not
 */
public record Thresholds(double veto, double admit) {

    public Thresholds {
        if (veto > admit) {
            throw new IllegalArgumentException("veto " + veto + " above admit " + admit);
        }
    }

    /**
     * @param rules    whether the rules accept
     * @param p        the model's probability
     * @param mayAdmit whether the model may accept what the rules did not
     */
    public boolean accepts(boolean rules, double p, boolean mayAdmit) {
        return rules && p >= veto || mayAdmit && p >= admit;
    }
}

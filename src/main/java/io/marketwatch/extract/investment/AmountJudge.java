package io.marketwatch.extract.investment;

import io.marketwatch.extract.learn.LogisticModel;
import java.util.List;

/**
 * Decides whether an amount the rules give a kind and a party is an investment: the logistic model
 * trained on the annotated corpus ({@code marketwatch train}), which sees the rules' verdict among
 * its features, at a fixed threshold. Without a model the rules' verdict stands.
 */
public final class AmountJudge {

    /** Where the shipped model lives on the class path. */
    public static final String MODEL = "models/investment-amount.tsv";
    /** The probability from which the model accepts an amount. */
    public static final double THRESHOLD = 0.6;
    private static final AmountJudge SHIPPED = new AmountJudge(LogisticModel.resource(MODEL));

    private final LogisticModel model;

    /** @param model the model, or null for the rules alone */
    public AmountJudge(LogisticModel model) {
        this.model = model;
    }

    /** The model shipped in the jar. */
    public static AmountJudge shipped() {
        return SHIPPED;
    }

    /** The rules alone, as before any model (the baseline that training is compared with). */
    public static AmountJudge rulesOnly() {
        return new AmountJudge(null);
    }

    /** The rules' verdict stands when they accept; the model can add what a rule trapped or missed. */
    boolean accepts(List<String> features, boolean rulesAccept) {
        return rulesAccept || model != null && model.probability(features) >= THRESHOLD;
    }
}

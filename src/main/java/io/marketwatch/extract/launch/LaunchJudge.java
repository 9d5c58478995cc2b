package io.marketwatch.extract.launch;

import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.extract.learn.Thresholds;
import java.util.List;

/**
 * Decides whether a launch the rules report stands: the logistic model trained on the annotated
 * corpus ({@code marketwatch train --model LAUNCH}) vetoes the launches it finds nearly sure to be
 * none (a rival's product told as background, a product the article only compares against). It
 * never adds one: the rules alone find launches. Without a model every launch stands.
 */
public final class LaunchJudge {

    /** Where the shipped model lives on the class path. */
    public static final String MODEL = "models/launch.tsv";
    /** The model vetoes a launch below 0.2; it never admits one the rules did not report. */
    public static final Thresholds THRESHOLDS = new Thresholds(0.2, 1.0);
    private static final LaunchJudge SHIPPED = new LaunchJudge(LogisticModel.resource(MODEL));

    private final LogisticModel model;

    /** @param model the model, or null for the rules alone */
    public LaunchJudge(LogisticModel model) {
        this.model = model;
    }

    /** The model shipped in the jar. */
    public static LaunchJudge shipped() {
        return SHIPPED;
    }

    /** The rules alone, as before any model (the baseline that training is compared with). */
    public static LaunchJudge rulesOnly() {
        return new LaunchJudge(null);
    }

    boolean accepts(List<String> features) {
        return model == null || THRESHOLDS.accepts(true, model.probability(features), false);
    }
}

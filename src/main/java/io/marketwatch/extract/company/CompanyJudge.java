package io.marketwatch.extract.company;

import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.extract.learn.Thresholds;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides whether a name is a company: the logistic model trained on the annotated corpus
 * ({@code marketwatch train --model COMPANY}), which sees the rules' verdict and points among its
 * features, can overrule the rules both ways at fixed thresholds. Without a model the rules'
 * verdict stands.
 */
public final class CompanyJudge {

    /** Where the shipped model lives on the class path. */
    public static final String MODEL = "models/company.tsv";
    /**
     * The model overrules the rules' company below 0.4 and makes a company of an admissible name the
     * rules gave no kind from 0.5: on the 1,376 open articles, ten folds grouped by set, this pair
     * reads 0.934 against 0.924 for the earlier (0.05, 0.5), precision 0.945 against 0.915 (round 83).
     */
    public static final Thresholds THRESHOLDS = new Thresholds(0.4, 0.5);
    private static final CompanyJudge SHIPPED = new CompanyJudge(LogisticModel.resource(MODEL));

    private final LogisticModel model;

    /** @param model the model, or null for the rules alone */
    public CompanyJudge(LogisticModel model) {
        this.model = model;
    }

    /** The model shipped in the jar. */
    public static CompanyJudge shipped() {
        return SHIPPED;
    }

    /** The rules alone, as before any model (the baseline that training is compared with). */
    public static CompanyJudge rulesOnly() {
        return new CompanyJudge(null);
    }

    /**
     * The kind of a name: a company when the rules say so and the model does not nearly rule it
     * out, or when the model is fairly sure of an admissible name ({@link CompanyFeatures#admissible});
     * otherwise the rules' kind, and none for a company the model vetoed.
     *
     * @param rules      the rules' kind, or null
     * @param admissible whether the model may make a company of a name the rules did not
     * @param features   the name's features, computed only when a model judges
     */
    NameKind judge(NameKind rules, boolean admissible, Supplier<List<String>> features) {
        if (model == null) {
            return rules;
        }
        boolean company = rules == NameKind.COMPANY;
        if (THRESHOLDS.accepts(company, model.probability(features.get()), admissible)) {
            return NameKind.COMPANY;
        }
        return company ? null : rules;
    }
}

package io.marketwatch.extract.company;

import java.util.List;

/**
 * One name an article uses, as the company rules read it, for training the company model.
 *
 * @param name        its fullest form
 * @param forms       every form the article writes it in, acronyms included
 * @param features    what the model judges it by
 * @param rulesAccept whether the rules alone make it a company
 * @param admissible  whether it can be a company at all once judged (see CompanyFeatures.admissible)
 */
public record CompanyCandidate(String name, List<String> forms, List<String> features, boolean rulesAccept,
                               boolean admissible) {

    public CompanyCandidate {
        forms = List.copyOf(forms);
        features = List.copyOf(features);
    }
}

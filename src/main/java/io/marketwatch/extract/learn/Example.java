package io.marketwatch.extract.learn;

import java.util.List;

/**
 * One labelled candidate for training.
 *
 * @param group    where it comes from (a set of articles), for leave-one-group-out checks
 * @param features its named features
 * @param positive whether the gold facts confirm it
 * @param baseline whether the rules alone accept it, the verdict a model must beat
 * @param possible whether it could be reported at all (the rules found what a fact needs besides
 *                 the model's verdict); impossible ones are trained on but not judged
 */
public record Example(String group, List<String> features, boolean positive, boolean baseline, boolean possible) {

    public Example {
        features = List.copyOf(features);
    }
}

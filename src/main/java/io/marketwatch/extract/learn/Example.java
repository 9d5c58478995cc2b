package io.marketwatch.extract.learn;

import java.util.List;

/**
 * One labelled candidate for training.
 *
 * @param group    where it comes from (a set of articles), for leave-one-group-out checks
 * @param features its named features
 * @param positive whether the gold facts confirm it
 * @param baseline whether the rules alone accept it, the verdict a model must beat
 */
public record Example(String group, List<String> features, boolean positive, boolean baseline) {

    public Example {
        features = List.copyOf(features);
    }
}

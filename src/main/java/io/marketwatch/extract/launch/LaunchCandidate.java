package io.marketwatch.extract.launch;

import io.marketwatch.extract.LaunchFact;
import java.util.List;

/**
 * A launch the rules report, with what the launch model sees of it.
 *
 * @param fact     the launch as the rules read and merged it
 * @param features its named features ({@link LaunchFeatures})
 */
public record LaunchCandidate(LaunchFact fact, List<String> features) {

    public LaunchCandidate {
        features = List.copyOf(features);
    }
}

package io.marketwatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long runs are kept, under {@code marketwatch.retention.*}.
 *
 * @param days nights older than this many days lose their job metadata, stored articles and output
 *             folder; at least {@value #MINIMUM_DAYS}, so the weekly digest always finds last week's nights
 */
@ConfigurationProperties("marketwatch.retention")
public record RetentionProperties(@DefaultValue("90") int days) {

    public static final int MINIMUM_DAYS = 14;

    public RetentionProperties {
        if (days < MINIMUM_DAYS) {
            throw new IllegalArgumentException("marketwatch.retention.days must be at least " + MINIMUM_DAYS
                    + " (the weekly digest reads the last two weeks of nights), not " + days);
        }
    }
}

package io.marketwatch.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a briefing run guards itself, under {@code marketwatch.run.*}.
 *
 * @param leaseTtl    how long a run's database lease lasts without renewal (renewed every third of
 *                    it); after a process dies on another machine, its night is free again after this
 * @param stopTimeout on SIGTERM, how long to wait for the run to stop at its next chunk boundary
 */
@ConfigurationProperties("marketwatch.run")
public record RunProperties(@DefaultValue("2m") Duration leaseTtl, @DefaultValue("60s") Duration stopTimeout) {

    public RunProperties {
        if (leaseTtl.toSeconds() < 3) {
            throw new IllegalArgumentException("marketwatch.run.lease-ttl must be at least 3 seconds, not " + leaseTtl);
        }
    }
}

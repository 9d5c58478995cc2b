package io.marketwatch.digest;

import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.report.BriefingRenderer;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.store.NightlyStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the {@link DigestService}: Spring Boot's {@link JavaMailSender} when {@code spring.mail.host}
 * is set (none otherwise: dry runs only), and the renderers of the files attached to every digest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

    @Bean
    DigestService digestService(NightlyStore store, SendLog sendLog, SubscriberTable subscribers,
                                ObjectProvider<JavaMailSender> mailSender, ObjectProvider<BriefingRenderer> renderers,
                                ReportTemplates templates, DigestProperties properties, Clock clock,
                                DigestReview review, HighlightsRule highlights,
                                @Value("${marketwatch.digest.require-approval:false}") boolean requireApproval) {
        return new DigestService(store, sendLog, subscribers, mailSender.getIfAvailable(),
                renderers.orderedStream().toList(), templates, properties, clock, review, highlights, requireApproval);
    }
}

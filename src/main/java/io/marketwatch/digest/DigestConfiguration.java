package io.marketwatch.digest;

import io.marketwatch.report.BriefingRenderer;
import io.marketwatch.report.json.BriefingJsonWriter;
import io.marketwatch.store.NightlyStore;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the {@link DigestService}: Spring Boot's {@link JavaMailSender} when {@code spring.mail.host}
 * is set, and every {@link BriefingRenderer} bean as an attachment renderer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

    @Bean
    DigestService digestService(NightlyStore store, SendLog sendLog, SubscriberTable subscribers,
                                ObjectProvider<JavaMailSender> mailSender, ObjectProvider<BriefingRenderer> renderers,
                                DigestProperties properties, ObjectProvider<Clock> clock) {
        List<BriefingRenderer> attachments = renderers.orderedStream().toList();
        // until the PDF and workbook renderers are beans, attach what exists: briefing.json
        return new DigestService(store, sendLog, subscribers, mailSender.getIfAvailable(),
                attachments.isEmpty() ? List.of(new BriefingJsonWriter()) : attachments, properties,
                clock.getIfAvailable(Clock::systemUTC));
    }
}

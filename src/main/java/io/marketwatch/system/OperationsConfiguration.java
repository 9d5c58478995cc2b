package io.marketwatch.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of unattended operation: run guards and retention. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RunProperties.class, RetentionProperties.class})
class OperationsConfiguration {
}

package io.marketwatch.cli;

import io.marketwatch.MarketWatchApplication;
import io.marketwatch.batch.remote.RemoteConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application context for a command, with the folders the command was given. Spring's
 * shutdown hook stays off: the commands close their context themselves, after a run has stopped
 * (see {@link ShutdownSignal}).
 */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(Path outputRoot, Path templates, String[] springArgs) {
        return start(outputRoot, templates, springArgs, Object.class, null);
    }

    static <T> ConfigurableApplicationContext start(Path outputRoot, Path templates, String[] springArgs,
                                                    Class<T> extraType, T extraBean) {
        Map<String, Object> properties = new LinkedHashMap<>(outputProperties(outputRoot));
        if (templates != null) {
            properties.put("marketwatch.templates", templates.toAbsolutePath().normalize().toString());
        }
        return builder()
                .properties(properties)
                .initializers(context -> {
                    if (extraBean != null) {
                        context.getBeanFactory().registerSingleton(extraType.getSimpleName(), extraBean);
                    }
                })
                .run(springArgs);
    }

    /** A context with the {@code remote} profile on, for {@code marketwatch worker}. */
    static ConfigurableApplicationContext startRemote(Path outputRoot, Map<String, Object> settings, String[] springArgs) {
        Map<String, Object> properties = new LinkedHashMap<>(outputProperties(outputRoot));
        properties.putAll(settings);
        return builder().profiles(RemoteConfiguration.PROFILE).properties(properties).run(springArgs);
    }

    /** A context on an output folder, for commands that only read or tidy it. */
    static ConfigurableApplicationContext start(Path outputRoot, String[] springArgs) {
        return builder().properties(outputProperties(outputRoot)).run(springArgs);
    }

    /**
     * A context whose output folder is {@code marketwatch.schedule.output}, read from wherever
     * Spring reads settings (application.yml, environment, command line) before the database and
     * the log file, which live in that folder, are set up.
     */
    static ConfigurableApplicationContext startScheduler(String[] springArgs) {
        return builder().listeners(new ScheduleOutput()).run(springArgs);
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(MarketWatchApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false);
    }

    private static Map<String, Object> outputProperties(Path outputRoot) {
        Path root = outputRoot.toAbsolutePath().normalize();
        return Map.of("marketwatch.output", root.toString(), "marketwatch.state-dir", root.resolve(".state").toString());
    }

    /** Sets marketwatch.output and marketwatch.state-dir from marketwatch.schedule.output, made absolute. */
    private static final class ScheduleOutput implements SmartApplicationListener {

        /** After application.yml is read, before logging starts (it writes into the state folder). */
        private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

        @Override
        public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            ConfigurableEnvironment environment = ((ApplicationEnvironmentPreparedEvent) event).getEnvironment();
            Path output = Path.of(environment.getProperty("marketwatch.schedule.output", "output"));
            environment.getPropertySources().addFirst(new MapPropertySource("marketwatch-schedule-output",
                    outputProperties(output)));
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }
}

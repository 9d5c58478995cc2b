package io.marketwatch.cli;

import io.marketwatch.MarketWatchApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, with the folders the command was given. */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(Path outputRoot, Path templates, String[] springArgs) {
        return start(outputRoot, templates, springArgs, Object.class, null);
    }

    static <T> ConfigurableApplicationContext start(Path outputRoot, Path templates, String[] springArgs,
                                                    Class<T> extraType, T extraBean) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("marketwatch.output", outputRoot.toString());
        properties.put("marketwatch.state-dir", outputRoot.resolve(".state").toString());
        if (templates != null) {
            properties.put("marketwatch.templates", templates.toAbsolutePath().normalize().toString());
        }
        return new SpringApplicationBuilder(MarketWatchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> {
                    if (extraBean != null) {
                        context.getBeanFactory().registerSingleton(extraType.getSimpleName(), extraBean);
                    }
                })
                .run(springArgs);
    }
}

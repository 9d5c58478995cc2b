package io.marketwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsTxtTest {

    private static final String ROBOTS = """
            # a site's rules
            User-agent: *
            Disallow: /private/
            Allow: /private/press/
            Disallow: /*.pdf$

            User-agent: SomeBot
            User-agent: MarketWatch
            Disallow: /archive/
            Allow: /archive/today
            """;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
            MarketWatch, /news/1,               true
            MarketWatch, /archive/2019/story,   false
            MarketWatch, /archive/today,        true
            MarketWatch, /private/x,            true
            OtherBot,    /private/x,            false
            OtherBot,    /private/press/item,   true
            OtherBot,    /files/report.pdf,     false
            OtherBot,    /files/report.pdf?x=1, true
            OtherBot,    /archive/2019/story,   true
            """)
    void theGroupOfTheAgentDecidesAndTheLongestRuleWins(String agent, String path, boolean allowed) {
        RobotsTxt robots = RobotsTxt.parse(ROBOTS.getBytes(StandardCharsets.UTF_8), agent);

        assertThat(robots.allows(path)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nDisallow:                         | true
            User-agent: *\\nDisallow: /                       | false
            User-agent: a\\nDisallow:\\nUser-agent: *\\nDisallow: / | false
            """)
    void anEmptyDisallowAllowsEverything(String text, boolean allowed) {
        RobotsTxt robots = RobotsTxt.parse(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), "MarketWatch");

        assertThat(robots.allows("/news")).isEqualTo(allowed);
    }
}

package io.marketwatch.report.excel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code templates/briefing.xlsx} from {@link BriefingTemplateGenerator}; runs only when asked:
 * {@code ./mvnw -q -B -o test -Dtest=RegenerateTemplate -DregenerateTemplate=true}.
 */
class RegenerateTemplate {

    @Test
    @EnabledIfSystemProperty(named = "regenerateTemplate", matches = "true")
    void writesTheBundledTemplate() throws Exception {
        BriefingTemplateGenerator.main(new String[0]);
    }
}

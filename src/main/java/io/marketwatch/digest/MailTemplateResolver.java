package io.marketwatch.digest;

import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.TemplateFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Resolves mail templates ("mail/digest.html") through {@link ReportTemplates}: the user's
 * template folder first, then the bundled copy. Names ending in .txt are TEXT templates, the
 * others HTML.
 */
final class MailTemplateResolver extends AbstractConfigurableTemplateResolver {

    private final ReportTemplates templates;

    MailTemplateResolver(ReportTemplates templates) {
        this.templates = templates;
        setTemplateMode(TemplateMode.HTML);
        getTextTemplateModePatternSpec().addPattern("*.txt");
        setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, String resourceName, String characterEncoding,
                                                        Map<String, Object> templateResolutionAttributes) {
        return new TemplateFile(templates, resourceName);
    }
}

package io.marketwatch.report.pdf;

import io.marketwatch.report.TemplateFile;
import io.marketwatch.report.ReportTemplates;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Resolves Thymeleaf template names ("briefing.html") through {@link ReportTemplates}. Parsed templates
 * are cached (fragments reuse them); the renderer clears the cache before each briefing, so edits show
 * on the next run.
 */
final class TemplateFileResolver extends AbstractConfigurableTemplateResolver {

    private final ReportTemplates templates;

    TemplateFileResolver(ReportTemplates templates) {
        this.templates = templates;
        setTemplateMode(TemplateMode.HTML);
        setCharacterEncoding("UTF-8");
        setCacheable(true);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, String resourceName, String characterEncoding,
                                                        Map<String, Object> templateResolutionAttributes) {
        return new TemplateFile(templates, resourceName);
    }
}

package io.marketwatch.digest;

import io.marketwatch.report.ReportTemplates;
import java.io.InputStreamReader;
import java.io.Reader;
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

    private record TemplateFile(ReportTemplates templates, String name) implements ITemplateResource {

        @Override
        public String getDescription() {
            return templates.describe(name);
        }

        @Override
        public String getBaseName() {
            String file = name.substring(name.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Reader reader() {
            return new InputStreamReader(templates.open(name), StandardCharsets.UTF_8);
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
            return new TemplateFile(templates, folder + relativeLocation);
        }
    }
}

package io.marketwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.thymeleaf.templateresource.ITemplateResource;

/** A template as Thymeleaf reads it, from {@link ReportTemplates}: the user's folder first, then the bundled copy. */
public record TemplateFile(ReportTemplates templates, String name) implements ITemplateResource {

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
        try (InputStream ignored = templates.open(name)) {
            return true;
        } catch (IllegalStateException missing) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Reader reader() {
        return new InputStreamReader(templates.open(name), StandardCharsets.UTF_8);
    }

    @Override
    public ITemplateResource relative(String relativeLocation) {
        return new TemplateFile(templates, URI.create(name).resolve(relativeLocation).normalize().toString());
    }
}

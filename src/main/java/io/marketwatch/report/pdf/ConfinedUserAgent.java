package io.marketwatch.report.pdf;

import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * The renderer's only way to load a resource. A relative reference ("briefing.css", "logo.png") is
 * read through {@link ReportTemplates}: the user's template folder, else the bundled templates.
 * Inline {@code data:} images (the charts) need no loading; Flying Saucer's own default stylesheet
 * comes from its jar. Anything else (http:, https:, file:, jar:, absolute paths, "//host/…", "..")
 * is refused and reported, so no template or article can make the report fetch a URL or read a
 * local file.
 */
final class ConfinedUserAgent extends ITextUserAgent {

    /** Base URI of the rendered document. */
    static final String BASE = "template:briefing.html";

    private static final Logger log = LoggerFactory.getLogger(ConfinedUserAgent.class);
    private static final String SCHEME = "template:";

    /** Flying Saucer's own default stylesheet (display of div, table, …), inside its jar. */
    private static final String DEFAULT_STYLESHEET = new XhtmlNamespaceHandler().getDefaultStylesheet()
            .map(StylesheetInfo::getUri).orElse(null);

    private final ReportTemplates templates;
    private final ResourceListener listener;

    ConfinedUserAgent(ITextOutputDevice device, int dotsPerPixel, ReportTemplates templates, ResourceListener listener) {
        super(device, dotsPerPixel);
        this.templates = templates;
        this.listener = listener;
    }

    @Override
    public String resolveURI(String uri) {
        if (uri == null) {
            return null;
        }
        String trimmed = uri.trim();
        if (trimmed.startsWith("data:") || trimmed.startsWith(SCHEME) || trimmed.equals(DEFAULT_STYLESHEET)) {
            return trimmed;
        }
        try {
            URI parsed = new URI(trimmed);
            String path = parsed.normalize().getPath();
            boolean relative = !parsed.isAbsolute() && parsed.getRawAuthority() == null && path != null
                    && !path.isEmpty() && !path.startsWith("/") && !path.startsWith("..");
            return relative ? SCHEME + path : trimmed;
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri != null && uri.startsWith(SCHEME) && isTemplateName(uri.substring(SCHEME.length()))) {
            listener.requested(uri, true);
            try {
                return templates.open(uri.substring(SCHEME.length()));
            } catch (IllegalStateException missing) {
                throw new IOException(missing.getMessage(), missing);
            }
        }
        if (uri != null && uri.equals(DEFAULT_STYLESHEET)) {
            listener.requested(uri, true);
            return new URL(uri).openStream();
        }
        listener.requested(uri, false);
        log.warn("PDF: refused to load {} (only files of the template folder are read)", uri);
        throw new IOException("refused to load " + uri);
    }

    /** A path inside the template folder: relative, without ".." segments, drive letters or backslashes. */
    private static boolean isTemplateName(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains(":")
                && Arrays.stream(name.split("/")).noneMatch(".."::equals);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw new IOException("refused to connect to " + uri);
    }
}

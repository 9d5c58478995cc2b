package io.marketwatch.report.pdf;

import io.marketwatch.report.TemplateFile;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The briefing as the XHTML document Flying Saucer lays out: the view model through the user-editable
 * template {@value #TEMPLATE}. Data reaches the page only as escaped text ({@code th:text}); a broken
 * template fails with a {@link TemplateException} naming the template and the line.
 */
final class BriefingXhtml {

    static final String TEMPLATE = "briefing.html";

    private static final String HINT = " (the PDF templates must be well-formed XHTML: write &#160; for &nbsp;,"
            + " <br/> for <br>, and close every element)";

    private final ReportTemplates templates;
    private final SpringTemplateEngine engine;

    BriefingXhtml(ReportTemplates templates) {
        this.templates = templates;
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new TemplateFileResolver(templates));
    }

    /** Processes the template with the view as variable {@code briefing} and parses the result. */
    Document render(BriefingView view) {
        engine.clearTemplateCache();
        checkWellFormed();
        String xhtml;
        try {
            xhtml = engine.process(TEMPLATE, new Context(Locale.ENGLISH, Map.of("briefing", view)));
        } catch (TemplateProcessingException e) {
            String name = e.hasTemplateName() ? e.getTemplateName() : TEMPLATE;
            throw new TemplateException(templates.describe(name), e.getLine(), problem(e), e);
        }
        try {
            return parse(new InputSource(new StringReader(xhtml)), true);
        } catch (SAXParseException e) {
            throw new TemplateException(templates.describe(TEMPLATE) + " (as processed)", e.getLineNumber(),
                    e.getMessage() + HINT, e);
        }
    }

    /** Parses the template as written, so that markup errors point at the template's own lines. */
    private void checkWellFormed() {
        try (InputStream in = templates.open(TEMPLATE)) {
            parse(new InputSource(in), false);
        } catch (SAXParseException e) {
            throw new TemplateException(templates.describe(TEMPLATE), e.getLineNumber(), e.getMessage() + HINT, e);
        } catch (IllegalStateException e) {
            throw new TemplateException(templates.describe(TEMPLATE), null, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templates.describe(TEMPLATE), e);
        }
    }

    /** Thymeleaf's message without the "(template: …)" it appends, which the exception says anyway. */
    private static String problem(TemplateProcessingException e) {
        String message = e.getMessage().replaceFirst("\\s*\\(template: .*\\)\\s*$", "");
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())
                ? message + ": " + cause.getMessage() : message;
    }

    /** A parser that loads no DTD and resolves no external entity. */
    private static Document parse(InputSource source, boolean namespaceAware) throws SAXParseException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FailFast());
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot set up the XHTML parser", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FailFast implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    }
}

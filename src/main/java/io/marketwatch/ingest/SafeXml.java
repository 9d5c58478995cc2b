package io.marketwatch.ingest;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses XML into a JDOM document with every door to the outside closed: a document type
 * declaration is refused outright (so no external entity, external DTD or entity expansion can
 * happen), external entities are switched off as well, and any entity resolution fails. A document
 * that is not well-formed is tried once more through Rome's XML healer (HTML entities such as
 * {@code &nbsp;} that feeds often carry). Documents nested deeper than any feed is are refused too:
 * the libraries that read them further walk the tree recursively.
 */
final class SafeXml {

    static final int MAX_DEPTH = 100;

    /** SAX builders are not thread-safe: one per thread, built once and reused. */
    private static final ThreadLocal<SAXBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /**
     * The document.
     *
     * @throws UnreadableInputException when it declares a document type or is not well-formed XML
     */
    static Document parse(String xml) throws UnreadableInputException {
        Document document = wellFormed(xml);
        if (depth(document.getRootElement()) > MAX_DEPTH) {
            throw new UnreadableInputException("feed is nested more than " + MAX_DEPTH + " elements deep");
        }
        return document;
    }

    private static Document wellFormed(String xml) throws UnreadableInputException {
        try {
            return build(new StringReader(xml));
        } catch (JDOMParseException first) {
            if (refusedDoctype(first)) {
                throw doctypeRefused(first);
            }
            try {
                return build(new XmlFixerReader(new StringReader(xml)));
            } catch (JDOMException | IOException e) {
                throw notWellFormed(first);
            }
        } catch (JDOMException | IOException e) {
            throw new UnreadableInputException("feed is not well-formed XML: " + Reasons.firstLine(e.getMessage()), e);
        }
    }

    /** The element depth of the tree under {@code root}, walked without recursion. */
    private static int depth(Element root) {
        int deepest = 0;
        Deque<Element> elements = new ArrayDeque<>(List.of(root));
        Deque<Integer> depths = new ArrayDeque<>(List.of(1));
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Element child : element.getChildren()) {
                elements.push(child);
                depths.push(depth + 1);
            }
        }
        return deepest;
    }

    private static Document build(Reader reader) throws JDOMException, IOException {
        return BUILDERS.get().build(new InputSource(reader));
    }

    private static boolean refusedDoctype(JDOMParseException e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return message != null && message.contains("DOCTYPE");
    }

    private static UnreadableInputException doctypeRefused(JDOMParseException e) {
        return new UnreadableInputException("feed has a document type declaration (<!DOCTYPE>), which is refused:"
                + " its entities could read local files or expand without bound", e);
    }

    private static UnreadableInputException notWellFormed(JDOMParseException e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
        return new UnreadableInputException("feed is not well-formed XML: " + where + Reasons.firstLine(message), e);
    }

    private static SAXBuilder newBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are never resolved: " + systemId);
        });
        builder.setReuseParser(true);
        return builder;
    }
}

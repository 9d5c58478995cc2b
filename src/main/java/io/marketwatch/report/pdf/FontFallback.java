package io.marketwatch.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Gives the characters the body font lacks a font that has them. Flying Saucer draws a text run in
 * one font (the first of the CSS family list it knows), so a name such as "阿里巴巴" in Noto Sans would
 * silently vanish; this wraps each such run of the rendered document in a span naming the font
 * that draws it. It works on the parsed document, so text stays text: nothing is re-parsed.
 */
final class FontFallback {

    /** Elements whose text is code, not prose. */
    private static final Set<String> RAW_TEXT = Set.of("style", "script");

    private final BriefingFonts fonts;

    FontFallback(BriefingFonts fonts) {
        this.fonts = fonts;
    }

    /** Wraps every run of characters the body font lacks in the document's body. */
    void apply(Document document) {
        Node body = document.getElementsByTagNameNS("*", "body").item(0);
        if (body != null) {
            visit(body);
        }
    }

    private void visit(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
                wrap(text);
            } else if (child instanceof Element element && !RAW_TEXT.contains(element.getTagName())) {
                visit(child);
            }
        }
    }

    private void wrap(Text text) {
        String value = text.getData();
        List<Run> runs = runs(value);
        if (runs.size() == 1 && runs.get(0).family() == null) {
            return;
        }
        Node parent = text.getParentNode();
        Document document = text.getOwnerDocument();
        for (Run run : runs) {
            String part = value.substring(run.start(), run.end());
            Node replacement = document.createTextNode(part);
            if (run.family() != null) {
                Element span = document.createElementNS(parent.getNamespaceURI(), "span");
                span.setAttribute("style", "font-family: '" + run.family() + "'");
                span.appendChild(replacement);
                replacement = span;
            }
            parent.insertBefore(replacement, text);
        }
        parent.removeChild(text);
    }

    private List<Run> runs(String value) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        String family = null;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            String wanted = Character.isWhitespace(codePoint) ? family : fonts.fallbackFamily(codePoint);
            if (i > 0 && !Objects.equals(wanted, family)) {
                runs.add(new Run(start, i, family));
                start = i;
            }
            family = wanted;
            i += Character.charCount(codePoint);
        }
        runs.add(new Run(start, value.length(), family));
        return runs;
    }

    private record Run(int start, int end, String family) {
    }
}

package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class FontFallbackTest {

    private final FontFallback fallback = new FontFallback(BriefingFonts.load());

    @Test
    void wrapsOnlyTheRunsTheBodyFontLacksAndKeepsTheTextAsText() throws Exception {
        Document document = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>阿</title></head>"
                + "<body><style>.x::after { content: '阿' }</style>"
                + "<p class=\"x\">also Alibaba, 阿里巴巴 &amp; 삼성전자 &lt;b&gt; ₹1 <b>小米</b></p></body></html>");

        fallback.apply(document);

        assertThat(serialize(document)).isEqualTo("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>阿</title></head>"
                + "<body><style>.x::after { content: '阿' }</style>"
                + "<p class=\"x\">also Alibaba, <span style=\"font-family: 'WenQuanYi Micro Hei'\">阿里巴巴 </span>"
                + "&amp; <span style=\"font-family: 'WenQuanYi Micro Hei'\">삼성전자 </span>&lt;b&gt; ₹1 "
                + "<b><span style=\"font-family: 'WenQuanYi Micro Hei'\">小米</span></b></p></body></html>");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String serialize(Document document) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}

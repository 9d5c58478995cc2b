package io.marketwatch.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts shipped in the jar under {@code fonts/} (licences in docs/fonts.md), read once: registered
 * with Flying Saucer for the PDF and with AWT for the charts, and asked which of them draws a character.
 * Noto Sans and Noto Serif draw Latin, Greek, Cyrillic and the currency signs; WenQuanYi Micro Hei
 * draws Chinese, Japanese and Korean.
 */
final class BriefingFonts {

    /** CSS family of body text and tables. */
    static final String SANS = "Noto Sans";
    /** CSS family of titles and headings. */
    static final String SERIF = "Noto Serif";
    /** CSS family of the characters the Noto fonts lack (CJK). */
    static final String CJK = "WenQuanYi Micro Hei";

    private static final String FOLDER = "fonts/";
    private static final List<String> FILES =
            List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Bold.ttf", "wqy-microhei.ttc");

    private final Font sans;
    private final Font sansBold;
    private final Font cjk;

    private BriefingFonts(Font sans, Font sansBold, Font cjk) {
        this.sans = sans;
        this.sansBold = sansBold;
        this.cjk = cjk;
    }

    /** Reads the fonts from the classpath and registers them with AWT. */
    static BriefingFonts load() {
        Font sans = awtFont("NotoSans-Regular.ttf");
        Font sansBold = awtFont("NotoSans-Bold.ttf");
        Font cjk = awtFont("wqy-microhei.ttc");
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List.of(sans, sansBold, awtFont("NotoSerif-Bold.ttf"), cjk).forEach(environment::registerFont);
        return new BriefingFonts(sans, sansBold, cjk);
    }

    /** A Flying Saucer font resolver with every font registered, embedded and subset (Identity-H). */
    ITextFontResolver pdfFontResolver() {
        ITextFontResolver resolver = new ITextFontResolver();
        for (String file : FILES) {
            String path = url(file).toExternalForm() + (file.endsWith(".ttc") ? ",0" : "");
            try {
                resolver.addFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot use font " + file, e);
            }
        }
        return resolver;
    }

    /**
     * The family that draws a character the body font lacks, or null when the body font draws it
     * (or no shipped font does).
     */
    String fallbackFamily(int codePoint) {
        return !sans.canDisplay(codePoint) && cjk.canDisplay(codePoint) ? CJK : null;
    }

    /** A font for chart text: the sans when it draws all of the text, else the CJK font. */
    Font chartFont(String text, boolean bold, float size) {
        Font base = sans.canDisplayUpTo(text) == -1 || cjk.canDisplayUpTo(text) != -1 ? (bold ? sansBold : sans) : cjk;
        return base.deriveFont(size);
    }

    private static Font awtFont(String file) {
        try (InputStream in = url(file).openStream()) {
            return Font.createFonts(in)[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a font: " + file, e);
        }
    }

    private static URL url(String file) {
        URL url = BriefingFonts.class.getClassLoader().getResource(FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("font missing from the classpath: " + FOLDER + file);
        }
        return url;
    }
}

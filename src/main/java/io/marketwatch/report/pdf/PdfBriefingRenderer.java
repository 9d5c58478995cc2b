package io.marketwatch.report.pdf;

import com.lowagie.text.DocumentException;
import io.marketwatch.briefing.Briefing;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders a {@link Briefing} as the investor-briefing PDF: cover, executive summary, investments,
 * launch calendar, company sections and numbered sources, through the templates
 * {@code briefing.html} and {@code briefing.css} (a user's template folder first, then the bundled
 * ones). Fonts are embedded and subset; nothing is loaded from the network or from outside the
 * templates.
 *
 * <p>The fonts are read once per instance. {@link #render} is synchronized: one briefing at a time
 * per instance; calls from other threads wait.
 */
public final class PdfBriefingRenderer {

    private final ReportTemplates templates;
    private final ResourceListener listener;
    private final BriefingViewBuilder views;
    private final BriefingXhtml xhtml;
    private final FontFallback fallback;
    private final ITextFontResolver fontResolver;

    public PdfBriefingRenderer(ReportTemplates templates, PdfOptions options) {
        this(templates, options, ResourceListener.NONE);
    }

    PdfBriefingRenderer(ReportTemplates templates, PdfOptions options, ResourceListener listener) {
        BriefingFonts fonts = BriefingFonts.load();
        this.templates = templates;
        this.listener = listener;
        this.views = new BriefingViewBuilder(options, new BriefingCharts(fonts));
        this.xhtml = new BriefingXhtml(templates);
        this.fallback = new FontFallback(fonts);
        this.fontResolver = fonts.pdfFontResolver();
    }

    /**
     * Writes the briefing's PDF to the given file, replacing it.
     *
     * @throws io.marketwatch.report.TemplateException when a template is broken (names it and the line)
     * @throws UncheckedIOException                   when the file cannot be written
     */
    public synchronized void render(Briefing briefing, Path pdfFile) {
        Document document = xhtml.render(views.build(briefing));
        fallback.apply(document);
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ConfinedUserAgent agent =
                new ConfinedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, templates, listener);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, fontResolver);
        renderer.setDocument(document, ConfinedUserAgent.BASE);
        renderer.layout();
        try (OutputStream out = Files.newOutputStream(pdfFile)) {
            renderer.createPDF(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdfFile, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF " + pdfFile, e);
        }
    }
}

package io.marketwatch.report.pdf;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** A rendered PDF read back with PDFBox: text, pages, links, bookmarks, fonts, images. */
final class PdfFile implements AutoCloseable {

    /** An internal link: the text it covers, its page and the page it goes to (0-based), and the line it goes to. */
    record Link(String text, int page, int target, String targetLine) {
    }

    /** A bookmark and its children. */
    record Bookmark(String title, List<Bookmark> children) {
    }

    private final PDDocument document;

    private PdfFile(PDDocument document) {
        this.document = document;
    }

    static PdfFile open(Path file) throws IOException {
        return new PdfFile(Loader.loadPDF(file.toFile()));
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text in reading order: line by line down each page, left to right. */
    String text() throws IOException {
        return stripper().getText(document);
    }

    /** The text of one page (1-based). */
    String text(int page) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static PDFTextStripper stripper() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** The 1-based number of the first page from the second on whose text contains the string, or -1. */
    int pageAfterCover(String text) throws IOException {
        for (int page = 2; page <= pages(); page++) {
            if (text(page).contains(text)) {
                return page;
            }
        }
        return -1;
    }

    List<Link> internalLinks() throws IOException {
        List<Link> links = new ArrayList<>();
        for (int index = 0; index < pages(); index++) {
            PDPage page = document.getPage(index);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            List<PDAnnotationLink> found = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && destination(link) != null) {
                    var box = link.getRectangle();
                    float top = page.getMediaBox().getHeight() - box.getUpperRightY();
                    stripper.addRegion(String.valueOf(found.size()),
                            new Rectangle2D.Float(box.getLowerLeftX(), top, box.getWidth(), box.getHeight()));
                    found.add(link);
                }
            }
            stripper.extractRegions(page);
            for (int i = 0; i < found.size(); i++) {
                PDPageDestination target = destination(found.get(i));
                int targetIndex = target.getPage() != null ? document.getPages().indexOf(target.getPage())
                        : target.getPageNumber();
                String line = target instanceof PDPageXYZDestination xyz ? lineBelow(targetIndex, xyz.getTop()) : null;
                links.add(new Link(stripper.getTextForRegion(String.valueOf(i)).strip(), index, targetIndex, line));
            }
        }
        return links;
    }

    /** The first line of text below a height on a page (PDF coordinates, from the bottom). */
    private String lineBelow(int pageIndex, int top) throws IOException {
        PDPage page = document.getPage(pageIndex);
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float y = page.getMediaBox().getHeight() - top;
        stripper.addRegion("line", new Rectangle2D.Float(0, y, page.getMediaBox().getWidth(), 30));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("line").strip().lines().findFirst().orElse("");
    }

    private static PDPageDestination destination(PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        return destination instanceof PDPageDestination page ? page : null;
    }

    List<Bookmark> bookmarks() {
        return document.getDocumentCatalog().getDocumentOutline() == null ? List.of()
                : children(document.getDocumentCatalog().getDocumentOutline());
    }

    private static List<Bookmark> children(PDOutlineNode node) {
        List<Bookmark> children = new ArrayList<>();
        node.children().forEach(item -> children.add(new Bookmark(item.getTitle(), children(item))));
        return children;
    }

    /** Every font of every page, by name. */
    List<PDFont> fonts() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Renders a page (1-based) and writes it as PNG. */
    BufferedImage image(int page, float dpi, Path png) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi);
        ImageIO.write(image, "png", png.toFile());
        return image;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

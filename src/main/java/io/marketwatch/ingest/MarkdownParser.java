package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown with optional YAML front matter ({@code title}, {@code published}/{@code date},
 * {@code url}, {@code source}, {@code language}); the body is turned into plain text by the
 * CommonMark parser. Headings are paragraphs of their own; without a front-matter title, a leading
 * heading (or a leading one-line paragraph) is the title.
 */
final class MarkdownParser implements ArticleParser {

    /** A leading paragraph this short, on one line, can stand in for a missing title. */
    private static final int MAX_TITLE_LINE = 200;

    private final Parser markdown = Parser.builder().build();

    /** One block of the body: a heading, or the lines of a paragraph (soft line breaks kept). */
    private record Block(boolean heading, List<String> lines) {
    }

    /** The front matter's publication date, by the names writers give it (compared without case, "_" or "-"). */
    private static final String[] DATE_KEYS = {"published", "date", "publishedAt", "pubDate", "publishDate",
        "datePublished", "publicationDate", "publishedOn", "created", "createdAt", "dateCreated"};

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        FrontMatter front = FrontMatter.read(TextDecoding.decode(document.bytes()).text());
        List<Block> blocks = blocks(markdown.parse(front.body()));
        String title = front.text("title", "headline");
        if (title == null && !blocks.isEmpty() && isTitleLike(blocks.get(0), blocks.size())) {
            title = String.join(" ", blocks.remove(0).lines());
        }
        Paragraphs body = new Paragraphs();
        for (Block block : blocks) {
            if (block.heading()) {
                body.add(String.join(" ", block.lines()));
            } else {
                body.addLines(block.lines());
            }
        }
        ArticleDraft draft = new ArticleDraft(title, front.text("url", "link", "canonical_url"),
                PublicationDates.parse(front.text(DATE_KEYS)),
                front.text("source", "outlet", "publisher", "site_name"), front.text("language", "lang", "locale"),
                body.text());
        return List.of(draft.toArticle(document.relativePath()));
    }

    private static boolean isTitleLike(Block first, int blockCount) {
        return first.heading()
                || (blockCount > 1 && first.lines().size() == 1 && first.lines().get(0).length() <= MAX_TITLE_LINE);
    }

    /** The text blocks in document order; walks the tree iteratively, so nesting depth does not matter. */
    private static List<Block> blocks(Node document) {
        List<Block> blocks = new ArrayList<>();
        Node node = document.getFirstChild();
        while (node != null) {
            boolean descend = false;
            if (node instanceof Heading || node instanceof Paragraph) {
                blocks.add(new Block(node instanceof Heading, inlineLines(node)));
            } else if (node instanceof FencedCodeBlock code) {
                blocks.add(new Block(false, code.getLiteral().lines().toList()));
            } else if (node instanceof IndentedCodeBlock code) {
                blocks.add(new Block(false, code.getLiteral().lines().toList()));
            } else if (node instanceof HtmlBlock html) {
                Paragraphs paragraphs = new Paragraphs();
                HtmlText.appendFragment(paragraphs, html.getLiteral());
                paragraphs.list().forEach(p -> blocks.add(new Block(false, List.of(p))));
            } else if (!(node instanceof ThematicBreak)) {
                descend = node.getFirstChild() != null;
            }
            node = descend ? node.getFirstChild() : next(node, document);
        }
        return blocks;
    }

    /** The text of a leaf block, split at its line breaks; images and inline HTML left out. */
    private static List<String> inlineLines(Node block) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Node node = block.getFirstChild();
        while (node != null) {
            boolean descend = false;
            if (node instanceof Text text) {
                line.append(text.getLiteral());
            } else if (node instanceof Code code) {
                line.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                descend = node.getFirstChild() != null;
            }
            node = descend ? node.getFirstChild() : next(node, block);
        }
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        return lines.stream().map(String::strip).toList();
    }

    /** The next node in document order after {@code node}'s subtree, staying below {@code top}. */
    private static Node next(Node node, Node top) {
        Node current = node;
        while (current != null && current != top) {
            if (current.getNext() != null) {
                return current.getNext();
            }
            current = current.getParent();
        }
        return null;
    }
}

package io.marketwatch.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.marketwatch.article.Article;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds, with Rome: each item is an article; HTML in content:encoded (preferred) or
 * the description becomes plain text. Document type declarations are refused, so external
 * entities (XXE) and entity expansion ("billion laughs") never happen.
 */
final class FeedParser implements ArticleParser {

    private final SyndFeedInput feeds;

    FeedParser() {
        feeds = new SyndFeedInput();
        feeds.setAllowDoctypes(false);
        feeds.setXmlHealerOn(true);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("xml", "rss", "atom");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        SyndFeed feed = build(decode(document.bytes()));
        String outlet = outlet(feed.getTitle());
        List<Article> articles = new ArrayList<>();
        String firstProblem = null;
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            try {
                articles.add(draft(entry, outlet, feed.getLanguage()).toArticle(document.relativePath()));
            } catch (UnreadableInputException e) {
                firstProblem = firstProblem != null ? firstProblem : "item " + number + ": " + e.getMessage();
            }
        }
        if (articles.isEmpty()) {
            throw new UnreadableInputException(number == 0 ? "feed has no items" : "no usable item in the feed ("
                    + firstProblem + ")");
        }
        return articles;
    }

    /** Text by the byte order mark, else the XML declaration's encoding, else UTF-8 or windows-1252. */
    private static String decode(byte[] bytes) {
        TextDecoding.Decoded first = TextDecoding.decode(bytes);
        return TextDecoding.redecodeIfDeclared(bytes, first, declaredEncoding(first.text())).text();
    }

    /** The encoding named in the XML declaration, read by jsoup's XML parser from the prolog only. */
    private static String declaredEncoding(String text) {
        String prolog = text.stripLeading();
        if (!prolog.startsWith("<?xml")) {
            return null;
        }
        int end = prolog.indexOf("?>");
        if (end < 0) {
            return null;
        }
        for (Node node : Jsoup.parse(prolog.substring(0, end + 2), "", Parser.xmlParser()).childNodes()) {
            if (node instanceof XmlDeclaration declaration) {
                String encoding = declaration.attr("encoding");
                return encoding.isBlank() ? null : encoding;
            }
        }
        return null;
    }

    private SyndFeed build(String xml) throws UnreadableInputException {
        try {
            return feeds.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            String cause = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            if (cause != null && cause.contains("DOCTYPE")) {
                throw new UnreadableInputException("feed has a document type declaration (<!DOCTYPE>), which is"
                        + " refused: its entities could read local files or expand without bound", e);
            }
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
            throw new UnreadableInputException("feed is not well-formed XML: " + where + Reasons.firstLine(cause), e);
        } catch (FeedException e) {
            throw new UnreadableInputException("feed cannot be read: " + Reasons.firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("XML is neither an RSS nor an Atom feed", e);
        }
    }

    private static ArticleDraft draft(SyndEntry entry, String outlet, String language) {
        Paragraphs body = new Paragraphs();
        List<SyndContent> contents = entry.getContents();
        if (contents != null) {
            contents.forEach(content -> appendContent(body, content));
        }
        if (body.isEmpty() && entry.getDescription() != null) {
            appendContent(body, entry.getDescription());
        }
        String title = entry.getTitle();
        if (title != null && HtmlText.looksLikeHtml(title)) {
            title = Jsoup.parseBodyFragment(title).text();
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new ArticleDraft(title, link(entry), published, outlet, language, body.text());
    }

    private static void appendContent(Paragraphs body, SyndContent content) {
        String value = content.getValue();
        if (value == null || value.isBlank()) {
            return;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || HtmlText.looksLikeHtml(value)) {
            HtmlText.appendFragment(body, value);
        } else {
            body.addPlainText(value);
        }
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || "alternate".equals(link.getRel())) {
                return link.getHref();
            }
        }
        return null;
    }

    /** The feed title without a section suffix ("Pixel Ledger – Games Business" is "Pixel Ledger"). */
    private static String outlet(String feedTitle) {
        if (feedTitle == null) {
            return null;
        }
        String[] parts = TitleSuffix.splitOnly(feedTitle.strip());
        return parts != null ? parts[0] : feedTitle.strip();
    }
}

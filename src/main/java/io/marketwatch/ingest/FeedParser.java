package io.marketwatch.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.marketwatch.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds, with Rome: each item is an article; HTML in content:encoded (preferred) or
 * the description becomes plain text. The XML is parsed by {@link SafeXml}, which refuses document
 * type declarations, so external entities (XXE) and entity expansion ("billion laughs") never happen.
 */
final class FeedParser implements ArticleParser {

    /** Date elements of an item or entry, most telling first: the publication date, else the last update. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "created", "date",
            "updated", "modified");

    private final SyndFeedInput feeds = new SyndFeedInput();

    @Override
    public Set<String> extensions() {
        return Set.of("xml", "rss", "atom");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        Document xml = SafeXml.parse(decode(document.bytes()));
        List<LocalDate> dates = takeItemDates(xml);
        SyndFeed feed = toFeed(xml);
        String outlet = outlet(feed.getTitle());
        String language = feed.getLanguage() != null
                ? feed.getLanguage() : xml.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
        List<SyndEntry> entries = feed.getEntries();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LocalDate published = dates.size() == entries.size() ? dates.get(i) : null;
            drafts.add(draft(entries.get(i), published, outlet, language));
        }
        return ArticleDraft.usable(drafts, document.relativePath());
    }

    /**
     * The publication date of each item or entry, in document order, read as written (the writer's
     * own date, as in every other format); the date elements are then removed, so that Rome does not
     * parse them again (its date parsing converts to UTC and is slow).
     */
    private static List<LocalDate> takeItemDates(Document xml) {
        List<LocalDate> dates = new ArrayList<>();
        for (Element item : items(xml.getRootElement())) {
            LocalDate date = null;
            int rank = DATE_ELEMENTS.size();
            for (Element element : List.copyOf(item.getChildren())) {
                int elementRank = DATE_ELEMENTS.indexOf(element.getName());
                if (elementRank >= 0) {
                    LocalDate parsed = PublicationDates.parse(element.getTextTrim());
                    if (parsed != null && elementRank < rank) {
                        date = parsed;
                        rank = elementRank;
                    }
                    element.detach();
                }
            }
            dates.add(date);
        }
        return dates;
    }

    /** Items as Rome reads them: RSS items of the channel (or of the RDF root), Atom entries of the feed. */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(items::add);
            }
        }
        return items;
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

    private SyndFeed toFeed(Document xml) throws UnreadableInputException {
        try {
            return feeds.build(xml);
        } catch (FeedException e) {
            throw new UnreadableInputException("feed cannot be read: " + Reasons.firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("XML is neither an RSS nor an Atom feed", e);
        }
    }

    private static ArticleDraft draft(SyndEntry entry, LocalDate published, String outlet, String language) {
        Paragraphs body = new Paragraphs();
        List<SyndContent> contents = entry.getContents();
        if (contents != null) {
            contents.forEach(content -> appendContent(body, content));
        }
        if (body.isEmpty() && entry.getDescription() != null) {
            appendContent(body, entry.getDescription());
        }
        String title = entry.getTitle();
        if (title != null && (HtmlText.looksLikeHtml(title) || HtmlText.hasEntity(title))) {
            // an Atom <title type="html"> or an RSS title escaped twice: "AT&amp;amp;T" reads "AT&T"
            title = Jsoup.parseBodyFragment(title).text();
        }
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

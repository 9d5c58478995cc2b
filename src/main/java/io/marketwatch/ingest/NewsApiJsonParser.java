package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * NewsAPI-style JSON, with Jackson: an array of article objects ({@code source.name}, {@code title},
 * {@code description}, {@code url}, {@code publishedAt}, {@code content}), a NewsAPI response
 * ({@code {"articles": [...]}}) or JSON Lines (one such object per line). The body is the
 * description followed by the content, without NewsAPI's "[+1234 chars]" truncation tail and
 * without repeating the description when the content starts with it.
 */
final class NewsApiJsonParser implements ArticleParser {

    private static final String WRONG_SHAPE = "JSON is neither an array of NewsAPI articles nor JSON Lines";
    private static final Pattern TRUNCATION_TAIL = Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*\\[\\+\\d+ chars?]\\s*$");
    /** The truncation tail is looked for in this many last characters. */
    private static final int TAIL_WINDOW = 48;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”)]?(?=\\s|$)");

    private final ObjectReader nodes;

    NewsApiJsonParser(JsonMapper json) {
        this.nodes = json.readerFor(JsonNode.class);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json", "jsonl", "ndjson");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (JsonNode item : items(roots(TextDecoding.decode(document.bytes()).text()))) {
            drafts.add(draft(item));
        }
        return ArticleDraft.usable(drafts, document.relativePath());
    }

    /** Every top-level value: one for a JSON document, one per line for JSON Lines. */
    private List<JsonNode> roots(String text) throws UnreadableInputException {
        List<JsonNode> roots = new ArrayList<>();
        try (MappingIterator<JsonNode> values = nodes.readValues(text)) {
            while (values.hasNextValue()) {
                roots.add(values.nextValue());
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0
                    ? "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " : "";
            throw new UnreadableInputException("JSON is not valid: " + where + Reasons.firstLine(e.getOriginalMessage()), e);
        }
        return roots;
    }

    /** The article objects, or a skip when the JSON has another shape. */
    private static List<JsonNode> items(List<JsonNode> roots) throws UnreadableInputException {
        List<JsonNode> items = new ArrayList<>();
        if (roots.size() == 1 && roots.get(0).isArray()) {
            roots.get(0).forEach(items::add);
        } else if (roots.size() == 1 && roots.get(0).path("articles").isArray()) {
            roots.get(0).path("articles").forEach(items::add);
        } else {
            items.addAll(roots);
        }
        boolean anyArticle = false;
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new UnreadableInputException(WRONG_SHAPE);
            }
            anyArticle |= item.has("title") || item.has("content") || item.has("description");
        }
        if (!anyArticle) {
            throw new UnreadableInputException(WRONG_SHAPE);
        }
        return items;
    }

    private static ArticleDraft draft(JsonNode item) {
        JsonNode source = item.path("source");
        String outlet = source.isString() ? source.stringValue() : text(source, "name");
        String description = text(item, "description");
        String content = withoutTruncationTail(text(item, "content"));
        return new ArticleDraft(text(item, "title"), text(item, "url"),
                PublicationDates.parse(text(item, "publishedAt")), outlet, text(item, "language"),
                body(description, content));
    }

    /** Description, then content; the description only once when the content repeats it. */
    private static String body(String description, String content) {
        Paragraphs descriptionText = paragraphs(description);
        Paragraphs contentText = paragraphs(content);
        String lead = descriptionText.text();
        String rest = contentText.text();
        String leadStem = lead.endsWith("…") ? lead.substring(0, lead.length() - 1) : lead;
        if (lead.isEmpty() || Paragraphs.startsWithText(rest, leadStem)) {
            return rest;
        }
        if (rest.isEmpty() || Paragraphs.startsWithText(lead, rest)) {
            return lead;
        }
        return lead + "\n\n" + rest;
    }

    private static Paragraphs paragraphs(String text) {
        Paragraphs paragraphs = new Paragraphs();
        if (text != null) {
            if (HtmlText.looksLikeHtml(text)) {
                HtmlText.appendFragment(paragraphs, text);
            } else {
                paragraphs.addPlainText(text);
            }
        }
        return paragraphs;
    }

    /**
     * The content without NewsAPI's "… [+1234 chars]" tail; a sentence cut off by the truncation is
     * dropped too, back to the last complete sentence.
     */
    static String withoutTruncationTail(String content) {
        if (content == null) {
            return null;
        }
        String trimmed = content.stripTrailing();
        if (!trimmed.endsWith("]")) {
            return content;
        }
        Matcher tail = TRUNCATION_TAIL.matcher(trimmed).region(Math.max(0, trimmed.length() - TAIL_WINDOW), trimmed.length());
        if (!tail.find()) {
            return content;
        }
        String kept = trimmed.substring(0, tail.start()).stripTrailing();
        int lastEnd = -1;
        Matcher end = SENTENCE_END.matcher(kept);
        while (end.find()) {
            lastEnd = end.end();
        }
        return lastEnd > 0 ? kept.substring(0, lastEnd) : kept;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }
}

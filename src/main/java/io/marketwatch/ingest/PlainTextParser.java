package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: the first non-empty line is the title; date lines under it, labelled ("Last Updated:",
 * "Published:") or not ("Tuesday, 16 September 2025"), among bylines, and a wire dateline ("SEOUL,
 * March 3 (Reuters) -") give the date and are not part of the body; the dateline's agency is the outlet.
 */
final class PlainTextParser implements ArticleParser {

    /** Metadata lines are looked for among this many non-empty lines under the title. */
    private static final int HEADER_LINES = 4;

    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{1,40}?)"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?"
                    + "(?:,\\s*(?:(?<month>\\p{L}{3,9}\\.?)\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?"
                    + "|(?<day2>\\d{1,2})\\s+(?<month2>\\p{L}{3,9}\\.?)(?:\\s+(?<year2>\\d{4}))?))?"
                    + "\\s*(?:\\((?<agency>[^()]{2,80})\\))?"
                    + "\\s*[-–—]{1,2}(?:\\s+|$)");
    private static final Pattern DATELINE_PARAGRAPH = Pattern.compile("(?m)^" + DATELINE.pattern());
    /** A byline under the title ("By Dana Whitcombe, Silicon Valley Correspondent"): passed over when looking for the date. */
    private static final Pattern BYLINE = Pattern.compile("By\\s+(?:the\\s+)?\\p{Lu}[^.!?]{0,80}");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:reporting|writing|editing|additional reporting|compiled)\\b[^()]*\\)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        List<String> lines = new ArrayList<>(TextDecoding.decode(document.bytes()).text().lines().toList());
        int first = nextNonBlank(lines, 0);
        if (first >= lines.size()) {
            throw new UnreadableInputException("no article text found");
        }
        String title = lines.get(first);
        LocalDate published = null;
        List<Integer> dateLines = new ArrayList<>();
        int lead = nextNonBlank(lines, first + 1);
        for (int seen = 0; seen < HEADER_LINES && lead < lines.size(); seen++, lead = nextNonBlank(lines, lead + 1)) {
            String line = lines.get(lead).strip();
            Matcher dateline = DATELINE.matcher(line);
            if (dateline.lookingAt() && isDateline(dateline, document.referenceDate())) {
                break;
            }
            LocalDate date = PublicationDates.shown(line);
            if (date != null) {
                published = published == null ? date : published;
                dateLines.add(lead);
            } else if (!BYLINE.matcher(line).matches()) {
                break;
            }
        }
        String outlet = null;
        String datelineLine = null;
        if (lead < lines.size()) {
            Matcher dateline = DATELINE.matcher(lines.get(lead).strip());
            if (dateline.lookingAt() && isDateline(dateline, document.referenceDate())) {
                outlet = dateline.group("agency");
                published = published == null ? datelineDate(dateline, document.referenceDate()) : published;
                datelineLine = lines.get(lead).strip();
            }
        }
        for (int i = dateLines.size() - 1; i >= 0; i--) {
            lines.remove((int) dateLines.get(i));
        }
        dropCreditLine(lines);
        Paragraphs body = new Paragraphs();
        body.addPlainText(String.join("\n", lines.subList(first + 1, lines.size())));
        String text = body.text();
        if (datelineLine != null) {
            // cut after the lines are joined: the dateline's line is as long as the lines it is wrapped with;
            // it opens the paragraph that starts as its line does (bylines may stand before it)
            Matcher again = DATELINE_PARAGRAPH.matcher(text);
            while (again.find()) {
                if (text.startsWith(datelineLine.substring(0, Math.min(datelineLine.length(), 12)), again.start())) {
                    text = text.substring(0, again.start()) + text.substring(again.end());
                    break;
                }
            }
        }
        ArticleDraft draft = new ArticleDraft(title, null, published, outlet, null, text);
        return List.of(draft.toArticle(document.relativePath()));
    }

    private static boolean isDateline(Matcher m, LocalDate reference) {
        return m.group("agency") != null || datelineDate(m, reference) != null;
    }

    private static LocalDate datelineDate(Matcher m, LocalDate reference) {
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        String year = m.group("year") != null ? m.group("year") : m.group("year2");
        if (month == null) {
            return null;
        }
        if (year != null) {
            return PublicationDates.parse(day + " " + month + " " + year);
        }
        return PublicationDates.withoutYear(month, day, reference);
    }

    /** Drops a closing "(Reporting by ...; Editing by ...)" line: credits, not story text. */
    private static void dropCreditLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                if (CREDIT.matcher(lines.get(i).strip()).matches()) {
                    lines.remove(i);
                }
                return;
            }
        }
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}

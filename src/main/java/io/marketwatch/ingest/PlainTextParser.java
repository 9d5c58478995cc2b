package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: the first non-empty line is the title; "Last Updated:" / "Published:" lines under it
 * and a wire dateline ("SEOUL, March 3 (Reuters) -") give the date and are not part of the body;
 * the dateline's agency is the outlet.
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
                    + "\\s*[-–—]{1,2}\\s+");
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
        int bodyStart = first + 1;
        for (int seen = 0, i = nextNonBlank(lines, bodyStart); seen < HEADER_LINES && i < lines.size();
                seen++, i = nextNonBlank(lines, i + 1)) {
            LocalDate date = PublicationDates.labelled(lines.get(i));
            if (date == null) {
                break;
            }
            published = published == null ? date : published;
            bodyStart = i + 1;
        }
        String outlet = null;
        boolean stripDateline = false;
        int lead = nextNonBlank(lines, bodyStart);
        if (lead < lines.size()) {
            Matcher dateline = DATELINE.matcher(lines.get(lead).strip());
            if (dateline.lookingAt() && isDateline(dateline, document.referenceDate())) {
                outlet = dateline.group("agency");
                published = published == null ? datelineDate(dateline, document.referenceDate()) : published;
                stripDateline = true;
            }
        }
        dropCreditLine(lines);
        Paragraphs body = new Paragraphs();
        body.addPlainText(String.join("\n", lines.subList(bodyStart, lines.size())));
        String text = body.text();
        if (stripDateline) {
            // cut after the lines are joined: the dateline's line is as long as the lines it is wrapped with
            Matcher again = DATELINE.matcher(text);
            text = again.lookingAt() ? text.substring(again.end()) : text;
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

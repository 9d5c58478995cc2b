package io.marketwatch.report.pdf;

import java.util.List;

/**
 * What the PDF template shows, already chosen, ordered and formatted from the Briefing model: the
 * template ({@code templates/briefing.html}) only lays it out. Every string here is plain text that
 * the template escapes.
 *
 * @param documentTitle   the PDF's title metadata
 * @param title           the cover's title
 * @param asOf            the run's date, written out
 * @param period          the publication dates the articles span
 * @param generated       when the briefing was assembled
 * @param subject         the PDF's subject metadata
 * @param keywords        the PDF's keywords metadata
 * @param empty           true when no article was read
 * @param figures         the cover's key figures
 * @param highlights      the executive summary
 * @param investments     the most important investments (the model's order)
 * @param investmentsChart investments by company in USD, or null when none was converted
 * @param chartSource     the source line under every chart: the articles and outlets it counts, and the as-of date
 * @param upcoming        expected, delayed and denied launches whose window ends on or after the as-of date
 *                        (or has no date yet), most important first
 * @param windowPassed    expected, delayed and denied launches whose window ended before the as-of date, with
 *                        the date of the last article about each, most important first
 * @param released        released launches, most important first
 * @param timelineChart   the windows of the upcoming launches shown, or null
 * @param launchesChart   launches by month and status, or null
 * @param companies       the most important companies
 * @param sources         the articles the document cites, by citation number
 * @param skipped         input files that could not be read
 * @param fxRates         the FX table rates used for the USD amounts
 * @param fxDate          the FX table's date
 * @param investmentCorrections footnotes of the investments an editor corrected ("‡3 Corrected by …")
 * @param launchCorrections     footnotes of the launches an editor corrected
 */
record BriefingView(String documentTitle, String title, String asOf, String period, String generated, String subject,
                    String keywords, boolean empty, List<Figure> figures, List<HighlightItem> highlights,
                    Shown<InvestmentRow> investments, Chart investmentsChart, String chartSource,
                    Shown<LaunchRow> upcoming,
                    Shown<PassedRow> windowPassed, Shown<LaunchRow> released, Chart timelineChart, Chart launchesChart,
                    Shown<CompanySection> companies, List<SourceEntry> sources, Shown<SkippedRow> skipped,
                    List<String> fxRates, String fxDate, List<String> investmentCorrections,
                    List<String> launchCorrections) {

    /** A key figure of the cover: "2" "articles". */
    record Figure(String value, String label) {
    }

    /**
     * The first items of a longer list.
     *
     * @param rows  the items shown
     * @param more  "… and 1,234 more in the workbook", or null when all are shown
     */
    record Shown<T>(List<T> rows, String more) {
    }

    /** A chart image (a PNG data URI) and its size on the page in points. */
    record Chart(String src, int widthPt, int heightPt) {

        public String style() {
            return "width: " + widthPt + "pt; height: " + heightPt + "pt";
        }
    }

    /** A reference to the numbered source list: "[3]" linking to entry 3. */
    record Citation(int number) {

        public String label() {
            return "[" + number + "]";
        }

        public String anchor() {
            return "src-" + number;
        }

        public String href() {
            return "#" + anchor();
        }
    }

    /** The citations of one item: the first few, and how many more articles report it. */
    record Cites(List<Citation> shown, int more) {
    }

    record HighlightItem(String text, Cites cites) {
    }

    /**
     * One investment, formatted.
     *
     * @param target      the recipient, else the purpose
     * @param targetNote  the purpose when a recipient is named, else null
     * @param amount      the amount as the article writes it
     * @param amountValue the amount with its currency sign, compact ("₩4.1tn")
     * @param usdNote     "as stated", the FX rate and date, "not converted", or null
     * @param corrected   the mark of an editor's correction ("corrected ‡3"), or null
     */
    record InvestmentRow(String investor, String target, String targetNote, String horizon, String kind,
                         String status, String amount, String amountValue, String usd, String usdNote,
                         String outlets, Cites cites, String corrected) {
    }

    /**
     * One launch, formatted; status is also its CSS class (expected, released, delayed, denied).
     *
     * @param corrected the mark of an editor's correction ("corrected ‡3"), or null
     */
    record LaunchRow(String window, String windowText, String company, String product, String status,
                     String outlets, Cites cites, String corrected) {
    }

    /** A launch whose window passed with no release reported, and the date of the last article about it. */
    record PassedRow(LaunchRow launch, String lastNews) {
    }

    /** One company's section; {@code listing} is "ticker · exchange · country · sector", or null when not linked. */
    record CompanySection(String anchor, String name, String listing, String aliases, String stats, String summary,
                          Shown<InvestmentRow> investments, Shown<LaunchRow> launches, String mentionedWith,
                          Shown<SourceRef> articles) {
    }

    /** An article cited inline: its number, title, and "outlet, date". */
    record SourceRef(Citation citation, String title, String detail) {
    }

    /** One entry of the numbered source list; url is set only for http(s) links. */
    record SourceEntry(Citation citation, String title, String outlet, String date, String url, String file) {
    }

    record SkippedRow(String file, String reason) {
    }
}

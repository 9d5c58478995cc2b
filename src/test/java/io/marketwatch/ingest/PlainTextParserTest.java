package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextParserTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private final PlainTextParser parser = new PlainTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            PARIS, March 27, 2025 (Continental Markets Wire) - Ubisoft said.        | 2025-03-27 | Continental Markets Wire
            SEOUL, March 3 (Reuters) - Samsung said.                                | 2025-03-03 | Reuters
            SEOUL, Dec. 30 (Yonhap) -- Samsung said.                                | 2025-12-30 | Yonhap
            NEW YORK, Sept. 4, 2024 (AP) — Apple said.                              | 2024-09-04 | AP
            SAN FRANCISCO, Calif., 4 June 2024 (Tech Wire) – Apple said.            | 2024-06-04 | Tech Wire
            FRANKFURT (dpa-AFX) - Siemens said.                                     | null       | dpa-AFX
            LONDON, May 2 - Shell said.                                             | 2025-05-02 | null
            LONDON/MELBOURNE, Oct 9, 2024 (Harbour Wire) - Rio said.                | 2024-10-09 | Harbour Wire
            SAN FRANCISCO/LAGOS, Oct. 15, 2020 (Meridian Wire) - Stripe said.       | 2020-10-15 | Meridian Wire
            """)
    void datelineGivesDateAndAgencyAndLeavesTheBody(String lead, String date, String agency) throws Exception {
        Article article = parse("Headline\n\n" + lead + "\n\nSecond paragraph.");

        assertThat(article.publishedAt()).isEqualTo(date == null ? null : LocalDate.parse(date));
        assertThat(article.outlet()).isEqualTo(agency);
        assertThat(article.body()).isEqualTo(lead.substring(lead.lastIndexOf(' ', lead.indexOf(" said.") - 1) + 1)
                + "\n\nSecond paragraph.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Last Updated: 2019-02-14 11:28             | 2019-02-14
            Published: March 27, 2025                  | 2025-03-27
            Published on 5 June 2024, 10:00 BST        | 2024-06-05
            Updated: Tue, 06 Jul 2021 15:40:00 +0000   | 2021-07-06
            First published: 2023/10/06                | 2023-10-06
            """)
    void metadataLineUnderTheTitleGivesTheDate(String line, LocalDate date) throws Exception {
        Article article = parse("Headline\n" + line + "\n\nThe story.");

        assertThat(article.publishedAt()).isEqualTo(date);
        assertThat(article.body()).isEqualTo("The story.");
    }

    @Test
    void unlabelledDateLineUnderTheTitleGivesTheDateAndLeavesTheBody() throws Exception {
        Article article = parse("Headline\n\nThursday, 4 May 2017\n\nBaltic Shipping Review -- Riga\n\nThe story.");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2017, 5, 4));
        assertThat(article.body()).isEqualTo("Baltic Shipping Review -- Riga\n\nThe story.");
    }

    @Test
    void dateLineAfterABylineGivesTheDate() throws Exception {
        Article article = parse("Headline\nBy Jane Roe, Lisbon Correspondent\nLast Updated: 2021-03-02 10:00 WET\n\nThe story.");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(article.body()).isEqualTo("By Jane Roe, Lisbon Correspondent\n\nThe story.");
    }

    @Test
    void dateLineAndBylineBeforeAWireDateline() throws Exception {
        Article article = parse("Headline\n\nSat Aug 9, 2014 09:02am EDT\n\nBy Nordic Wire staff\n\n"
                + "OSLO, Aug 9 (Nordic Wire) - Statoil said.");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2014, 8, 9));
        assertThat(article.outlet()).isEqualTo("Nordic Wire");
        assertThat(article.body()).isEqualTo("By Nordic Wire staff\n\nStatoil said.");
    }

    @Test
    void wireDatelineOnALineOfItsOwn() throws Exception {
        Article article = parse("Headline\n\nOSLO, Aug 9, 2014 (Nordic Wire) -\n\nStatoil said.");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2014, 8, 9));
        assertThat(article.outlet()).isEqualTo("Nordic Wire");
        assertThat(article.body()).isEqualTo("Statoil said.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TOKYO — Sony said on Thursday it will buy shares.
            The deal was agreed on March 3 - a Monday.
            Published reports said the deal was close.
            """)
    void ordinaryFirstParagraphIsKept(String lead) throws Exception {
        Article article = parse("Headline\n\n" + lead);

        assertThat(article.body()).isEqualTo(lead);
        assertThat(article.publishedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hard-wrapped | Acme Corp said on Tuesday that it will build a new plant\\nin Leeds, and that it expects the site to open next\\nyear.  | Acme Corp said on Tuesday that it will build a new plant in Leeds, and that it expects the site to open next year.
            one per line | Acme Corp said on Tuesday that it will build a new plant in Leeds, hiring 500 people over the next three years and more later.\\nA heading\\nThe plant opens next year. | Acme Corp said on Tuesday that it will build a new plant in Leeds, hiring 500 people over the next three years and more later.\\n\\nA heading\\n\\nThe plant opens next year.
            wrapped, then heading | Acme Corp said on Tuesday that it will build a new plant in\\nLeeds.\\nPlant details\\nThe site opens next year, the company said on Tuesday. | Acme Corp said on Tuesday that it will build a new plant in Leeds.\\n\\nPlant details\\n\\nThe site opens next year, the company said on Tuesday.
            """)
    void linesInsideABlockAreJoinedOnlyWhenHardWrapped(String how, String block, String body) throws Exception {
        Article article = parse("Headline\n\n" + block.replace("\\n", "\n"));

        assertThat(article.body()).isEqualTo(body.replace("\\n", "\n"));
    }

    @Test
    void wrappedDatelineParagraphStaysOneParagraph() throws Exception {
        Article article = parse("Headline\n\nOSLO, May 4, 2021 (North Wire) - Fjord Foods said on Monday it would buy\n"
                + "U.K. snack maker Crunchy Bits Ltd in a cash deal worth about 900 mln dlrs, its biggest\n"
                + "purchase so far and a push into the British market for savoury snacks.\n");

        assertThat(article.outlet()).isEqualTo("North Wire");
        assertThat(article.body()).isEqualTo("Fjord Foods said on Monday it would buy U.K. snack maker Crunchy Bits Ltd in a"
                + " cash deal worth about 900 mln dlrs, its biggest purchase so far and a push into the British market"
                + " for savoury snacks.");
    }

    private Article parse(String text) throws UnreadableInputException {
        InputDocument document = new InputDocument(Path.of("a.txt"), "a.txt", text.getBytes(StandardCharsets.UTF_8), AS_OF);
        return parser.parse(document).get(0);
    }
}

package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriberCsvTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        String csv = "email,name,watchlist\r\n"
                + "ada@example.com,\"Lovelace, Ada\",\"Alibaba;\"\"The\"\" Walt Disney Co.\"\r\n"
                + "\"grace@example.com\",\"Grace\r\nHopper\",\r\n"
                + "\r\n"
                + "alan@example.com,Alan,";

        Subscribers subscribers = SubscriberCsv.parse("test.csv", csv);

        assertThat(subscribers.problems()).isEmpty();
        assertThat(subscribers.list()).containsExactly(
                new Subscriber("ada@example.com", "Lovelace, Ada", List.of("Alibaba", "\"The\" Walt Disney Co.")),
                new Subscriber("grace@example.com", "Grace Hopper", List.of()),
                new Subscriber("alan@example.com", "Alan", List.of()));
    }

    @Test
    void badLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() {
        String csv = """
                email,name,watchlist
                ada@example.com,Ada,
                not-an-address,Nobody,
                "grace@example.com","Grace
                Hopper",Nintendo
                bob@example.com,Bob "the" Builder,
                carol@example.com,Carol
                "dave@example.com"x,Dave,
                ADA@example.com,Ada again,
                erin@example.com,Erin,Tencent
                """;

        Subscribers subscribers = SubscriberCsv.parse("test.csv", csv);

        assertThat(subscribers.list()).extracting(Subscriber::email)
                .containsExactly("ada@example.com", "grace@example.com", "bob@example.com", "erin@example.com");
        assertThat(subscribers.list()).extracting(Subscriber::name).contains("Grace Hopper", "Bob \"the\" Builder");
        assertThat(subscribers.problems()).extracting(SubscriberProblem::line).containsExactly(3, 7, 8, 9);
        assertThat(subscribers.problems().get(0).message()).contains("not-an-address");
        assertThat(subscribers.problems().get(1).message()).contains("expected 3 fields, found 2");
        assertThat(subscribers.problems().get(2).message()).contains("after the closing quote");
        assertThat(subscribers.problems().get(3).message()).contains("already listed on line 2");
        assertThat(subscribers.problems().get(3)).hasToString("line 9: ADA@example.com is already listed on line 2");
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineEndings() {
        String csv = "email,name,watchlist\r\n\"ada@example.com\",\"Lovelace, Ada \"\"Countess\"\"\",\"Sony;Nintendo\"\r\n"
                + "\r\n"
                + "\"broken@example.com\"?,x,\r\n"
                + "bob@example.com,\"Builder,\r\nBob\",Tencent\r\n"
                + "carol@example.com,Carol,\r\n";

        Subscribers subscribers = SubscriberCsv.parse("test.csv", csv);

        assertThat(subscribers.list()).extracting(Subscriber::email)
                .containsExactly("ada@example.com", "bob@example.com", "carol@example.com");
        assertThat(subscribers.list().get(0).name()).isEqualTo("Lovelace, Ada \"Countess\"");
        assertThat(subscribers.list().get(1).name()).isEqualTo("Builder, Bob");
        assertThat(subscribers.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("after the closing quote");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpened() {
        Subscribers subscribers = SubscriberCsv.parse("test.csv", "email,name\nada@example.com,Ada\nbob@example.com,\"Bob\n\n");

        assertThat(subscribers.list()).extracting(Subscriber::email).containsExactly("ada@example.com");
        assertThat(subscribers.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("never closed");
        });
    }

    static Stream<Arguments> wrongHeaders() {
        return Stream.of(
                Arguments.of("", "empty file"),
                Arguments.of("name,watchlist\nAda,\n", "expected the header email,name,watchlist, found name,watchlist"),
                Arguments.of("email,phone\nada@example.com,1\n", "found email,phone"));
    }

    @ParameterizedTest
    @MethodSource("wrongHeaders")
    void aMissingOrWrongHeaderIsReported(String csv, String message) {
        Subscribers subscribers = SubscriberCsv.parse("test.csv", csv);

        assertThat(subscribers.list()).isEmpty();
        assertThat(subscribers.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        assertThat(SubscriberCsv.parse("t", "\uFEFFWatchlist, Email\nSony;Nintendo,ada@example.com\n").list())
                .containsExactly(new Subscriber("ada@example.com", "", List.of("Sony", "Nintendo")));
    }
}

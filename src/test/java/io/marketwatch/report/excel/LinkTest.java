package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "https://news.example.com/a?id=1&x=2|https://news.example.com/a?id=1&x=2",
            "HTTP://news.example.com/|HTTP://news.example.com/",
            "  https://news.example.com/padded  |https://news.example.com/padded",
            "https://news.example.jp/記事|https://news.example.jp/%E8%A8%98%E4%BA%8B",
            "https://例え.jp/記事?q=1|https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B?q=1",
            "javascript:alert(1)|null",
            "file:///etc/passwd|null",
            "mailto:desk@example.com|null",
            "news.example.com/no-scheme|null",
            "https://news.example.com/has space|null",
            "''|null",
            "null|null"})
    void onlyWebAddressesBecomeLinks(String url, String address) {
        assertThat(new Link("title", url).address()).isEqualTo(Optional.ofNullable(address));
    }

    @ParameterizedTest
    @CsvSource({"2079, true", "2080, false"})
    void addressesLongerThanExcelKeepsAreNotLinked(int length, boolean linked) {
        String prefix = "https://news.example.com/";
        String url = prefix + "a".repeat(length - prefix.length());
        assertThat(new Link("title", url).address().isPresent()).isEqualTo(linked);
    }
}

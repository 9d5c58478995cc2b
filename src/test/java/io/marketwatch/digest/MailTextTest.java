package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailTextTest {

    private final MailText fmt = new MailText();

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.com/a?b=1", "http://example.com/x", " https://example.com "})
    void webLinksAreKept(String url) {
        assertThat(fmt.link(url)).isEqualTo(url.strip());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x",
            "/relative/path", "mailto:a@example.com", "https://", "http://exa mple.com"})
    void otherLinksAreDropped(String url) {
        assertThat(fmt.link(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2025-06-05, 2025-06-05, 5 Jun 2025",
            "2025-04-01, 2025-04-30, 1 Apr 2025 \u2013 30 Apr 2025",
            "-,          2025-04-30, by 30 Apr 2025",
            "2025-06-01, -,          from 1 Jun 2025",
            "-,          -,          no date"})
    void windowsReadAsDates(LocalDate from, LocalDate to, String text) {
        assertThat(fmt.window(new LaunchWindow(from, to))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "slipped | 2025-06-05 | 2025-07-31 | slipped | Switch 2 (Nintendo): from 5 Jun 2025 to 31 Jul 2025, \u201cin July\u201d",
            "moved   | 2025-06-05 | 2025-05-20 | moved   | Switch 2 (Nintendo): from 5 Jun 2025 to 20 May 2025, \u201cin July\u201d",
            "added   |            | 2025-07-31 | new     | Switch 2 (Nintendo): 31 Jul 2025, \u201cin July\u201d"})
    void changesSayHowTheWindowMoved(LaunchChange.Kind kind, LocalDate before, LocalDate after, String label, String text) {
        LaunchChange change = new LaunchChange(kind, "Nintendo", "Switch 2", before == null ? null : LaunchWindow.day(before),
                LaunchWindow.day(after), "in July", "n2");

        assertThat(fmt.kind(change)).isEqualTo(label);
        assertThat(fmt.change(change)).isEqualTo(text);
    }
}

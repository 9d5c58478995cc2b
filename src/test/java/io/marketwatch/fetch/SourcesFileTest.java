package io.marketwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesFileTest {

    @TempDir
    Path tmp;

    private Path file(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("sources.yml"), yaml);
    }

    @Test
    void readsEverySettingOfAnEntry() throws IOException {
        List<Source> sources = SourcesFile.read(file("""
                sources:
                  - name: Harbour Wire
                    url: https://wire.example.com/rss
                  - name: Trade API
                    url: https://api.example.com/v2/everything?q=shipping
                    type: newsapi
                    api-key-env: TRADE_API_KEY
                    language: en
                    tags: [shipping, ports]
                  - name: Port newsroom
                    url: https://port.example.com/news
                    type: page
                    follow-links: true
                    tags: logistics
                """));

        assertThat(sources).extracting(Source::name).containsExactly("Harbour Wire", "Trade API", "Port newsroom");
        assertThat(sources.get(0).type()).isNull();
        assertThat(sources.get(1)).satisfies(s -> {
            assertThat(s.type()).isEqualTo(SourceType.NEWSAPI);
            assertThat(s.apiKeyEnv()).isEqualTo("TRADE_API_KEY");
            assertThat(s.tags()).containsExactly("shipping", "ports");
            assertThat(s.url()).isEqualTo(URI.create("https://api.example.com/v2/everything?q=shipping"));
        });
        assertThat(sources.get(2).followLinks()).isTrue();
        assertThat(sources.get(2).folder()).isEqualTo("port-newsroom");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            - {name: A}                                          | source 1 (A): has no url
            - {url: 'https://a.example.com/'}                     | source 1: has no name
            - {name: A, url: 'ftp://a.example.com/feed'}          | only http and https URLs can be fetched
            - {name: A, url: 'https://a.example.com/', type: x}   | unknown type 'x'; expected rss, atom, newsapi or page
            - {name: A, url: 'https://a.example.com/', api-key: s} | an API key is read from the environment variable named by api-key-env
            - {name: A, url: 'https://a.example.com/'}, {name: a, url: 'https://b.example.com/'} | source 2 (a): another source has the same name
            """)
    void aBadEntryIsNamedWithItsReason(String entries, String reason) throws IOException {
        Path sources = file("sources: [" + entries.substring(2) + "]\n");

        assertThatThrownBy(() -> SourcesFile.read(sources)).isInstanceOf(SourcesException.class)
                .hasMessageStartingWith(sources.toString()).hasMessageContaining(reason);
    }

    @Test
    void aFileWithoutASourcesListSaysWhatItExpects() throws IOException {
        Path sources = file("feeds:\n  - https://a.example.com/\n");

        assertThatThrownBy(() -> SourcesFile.read(sources)).hasMessage(sources + ": expected a top-level 'sources:' list");
    }
}

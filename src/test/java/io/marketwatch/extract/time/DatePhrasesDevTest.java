package io.marketwatch.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.text.DevArticles;
import io.marketwatch.extract.text.Sentence;
import io.marketwatch.extract.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every dated gold launch of the dev set: some date phrase of its article resolves to its window. */
class DatePhrasesDevTest {

    record GoldWindow(String articleFile, LocalDate published, String product, String from, String to) {

        @Override
        public String toString() {
            return product + " " + from + ".." + to;
        }
    }

    static Stream<GoldWindow> goldWindows() {
        List<GoldWindow> windows = new ArrayList<>();
        for (JsonNode gold : DevArticles.gold()) {
            LocalDate published = LocalDate.parse(gold.path("publishedAt").asString());
            for (JsonNode launch : gold.path("launches")) {
                JsonNode window = launch.path("window");
                if (window.path("from").isString() || window.path("to").isString()) {
                    windows.add(new GoldWindow(gold.path("file").asString(), published,
                            launch.path("product").asString(), window.path("from").asString("null"),
                            window.path("to").asString("null")));
                }
            }
        }
        return windows.stream();
    }

    @ParameterizedTest
    @MethodSource("goldWindows")
    void somePhraseOfTheArticleResolvesToTheGoldWindow(GoldWindow gold) {
        List<String> windows = new ArrayList<>();
        for (Sentence sentence : Sentences.split(DevArticles.text(gold.articleFile()))) {
            for (DateMention mention : DatePhrases.find(sentence.text(), gold.published())) {
                windows.add(mention.window().from() + ".." + mention.window().to());
            }
        }
        assertThat(windows).contains(gold.from() + ".." + gold.to());
    }

    /** Every sentence of the dev set, against a publication date in every month of 2015–2030. */
    @Test
    void resolvesEveryDevSentenceAgainstAnyPublicationDate() {
        List<String> sentences = new ArrayList<>();
        DevArticles.gold().stream().map(g -> g.path("file").asString()).distinct()
                .forEach(file -> Sentences.split(DevArticles.text(file)).forEach(s -> sentences.add(s.text())));
        int mentions = 0;
        for (LocalDate published = LocalDate.of(2015, 1, 3); published.getYear() <= 2030;
             published = published.plusDays(29)) {
            for (String sentence : sentences) {
                for (DateMention mention : DatePhrases.find(sentence, published)) {
                    assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                    mentions++;
                }
            }
        }
        assertThat(mentions).isGreaterThan(sentences.size());
    }
}

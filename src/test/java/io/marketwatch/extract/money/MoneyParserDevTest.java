package io.marketwatch.extract.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.text.DevArticles;
import io.marketwatch.extract.text.Sentence;
import io.marketwatch.extract.text.Sentences;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every gold amount of the dev set is found in its article, with the article's own USD conversion. */
class MoneyParserDevTest {

    record GoldAmount(String goldFile, String articleFile, String text, BigDecimal value, String currency,
                      BigDecimal statedUsd) {

        @Override
        public String toString() {
            return goldFile + ": " + text;
        }
    }

    static Stream<GoldAmount> goldAmounts() {
        List<GoldAmount> amounts = new ArrayList<>();
        for (JsonNode gold : DevArticles.gold()) {
            for (JsonNode investment : gold.path("investments")) {
                JsonNode amount = investment.path("amount");
                String currency = amount.path("currency").asString();
                JsonNode usd = investment.path("amountUsd");
                // a non-USD amount with a USD figure: in the dev set the article states that conversion
                BigDecimal statedUsd = !"USD".equals(currency) && usd.isNumber() ? usd.decimalValue() : null;
                amounts.add(new GoldAmount(gold.path("title").asString(), gold.path("file").asString(),
                        amount.path("text").asString(), amount.path("value").decimalValue(), currency,
                        statedUsd));
            }
        }
        return amounts.stream();
    }

    @ParameterizedTest
    @MethodSource("goldAmounts")
    void findsTheGoldAmountInItsArticle(GoldAmount gold) {
        String text = DevArticles.text(gold.articleFile());
        CurrencyContext context = CurrencyContext.of(text);
        List<MoneyMention> matching = new ArrayList<>();
        for (Sentence sentence : Sentences.split(text)) {
            for (MoneyMention mention : MoneyParser.find(sentence.text(), context)) {
                if (mention.amount().text().equals(gold.text()) || mention.textWithQualifier().equals(gold.text())) {
                    matching.add(mention);
                }
            }
        }
        assertThat(matching).as("mentions written \"%s\"", gold.text()).isNotEmpty();
        assertThat(matching).allSatisfy(mention -> {
            assertThat(mention.amount().value()).isEqualByComparingTo(gold.value());
            assertThat(mention.amount().currency()).isEqualTo(gold.currency());
        });
        if (gold.statedUsd() != null) {
            assertThat(matching).anySatisfy(mention -> {
                assertThat(mention.conversion()).isNotNull();
                assertThat(mention.conversion().currency()).isEqualTo("USD");
                assertThat(mention.conversion().value()).isEqualByComparingTo(gold.statedUsd());
            });
        }
    }
}

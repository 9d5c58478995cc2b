package io.marketwatch.extract.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

    private static final CurrencyContext JAPANESE = new CurrencyContext("USD", "JPY");
    private static final CurrencyContext CHINESE = new CurrencyContext("USD", "CNY");

    /** One amount per sentence: its text, value, currency, and flags. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Meta will spend $13 billion on it.                         => $13 billion        => 13000000000    => USD => false => false
            It closed a $650 million round.                            => $650 million       => 650000000      => USD => false => false
            The bank raised US$1.2bn on Monday.                        => US$1.2bn           => 1200000000     => USD => false => false
            A deal worth about US$29 billion was signed.               => US$29 billion      => 29000000000    => USD => true  => false
            It will spend 13 bln USD on chips.                         => 13 bln USD         => 13000000000    => USD => false => false
            It pays €2.5 billion for it.                               => €2.5 billion       => 2500000000     => EUR => false => false
            It pays SFr 900 million for it.                            => SFr 900 million    => 900000000      => CHF => false => false
            The fund put in Dh1bn last year.                           => Dh1bn              => 1000000000     => AED => false => false
            Safaricom raised KSh5 billion in bonds.                    => KSh5 billion       => 5000000000     => KES => false => false
            It will cost 2.1 billion Saudi riyals.                     => 2.1 billion Saudi riyals => 2100000000 => SAR => false => false
            It invested 40 billion Kenyan shillings.                   => 40 billion Kenyan shillings => 40000000000 => KES => false => false
            It pays €2.5bn for it.                                     => €2.5bn             => 2500000000     => EUR => false => false
            Tencent has agreed to invest €1.16bn for a stake.          => €1.16bn            => 1160000000     => EUR => false => false
            The fund holds £400m of bonds.                             => £400m              => 400000000      => GBP => false => false
            Sony will spend ¥50 billion on shares.                     => ¥50 billion        => 50000000000    => JPY => false => false
            A model sells at ¥49,980 in Japan.                         => ¥49,980            => 49980          => JPY => false => false
            Alibaba will invest 380 billion yuan in AI.                => 380 billion yuan   => 380000000000   => CNY => false => false
            Xiaomi spent RMB 13.5 billion on it.                       => RMB 13.5 billion   => 13500000000    => CNY => false => false
            It will invest at least 50 billion yuan in chips.          => 50 billion yuan    => 50000000000    => CNY => true  => false
            The deal is worth Rs 1,200 crore.                          => Rs 1,200 crore     => 12000000000    => INR => false => false
            It will invest a further R160 million in the plant.        => R160 million       => 160000000      => ZAR => false => false
            The saloon is priced from R39,278.                          => R39,278            => 39278          => ZAR => false => false
            Axis pays Rs 12,325 crore for it.                          => Rs 12,325 crore    => 123250000000   => INR => false => false
            It has revenue of ₹500 crore.                              => ₹500 crore         => 5000000000     => INR => false => false
            The limit was doubled to ₹4 lakh for banks.                => ₹4 lakh            => 400000         => INR => false => false
            Assets under management of Rs 1.11 lakh crore rose.        => Rs 1.11 lakh crore => 1110000000000  => INR => false => false
            It costs Rs. 250 crore.                                    => Rs. 250 crore      => 2500000000     => INR => false => false
            Korea targets 20 trillion won in chips.                    => 20 trillion won    => 20000000000000 => KRW => false => false
            The offer is worth HK$106.1 billion in total.              => HK$106.1 billion   => 106100000000   => HKD => false => false
            It pays a premium of S$956 million for it.                 => S$956 million      => 956000000      => SGD => false => false
            Tencent paid A$300 million for a stake.                    => A$300 million      => 300000000      => AUD => false => false
            Wealthsimple lands C$750m from Meritech.                   => C$750m             => 750000000      => CAD => false => false
            It sold NT$2.5 billion of notes.                           => NT$2.5 billion     => 2500000000     => TWD => false => false
            UBS buys Credit Suisse for CHF 3 billion.                  => CHF 3 billion      => 3000000000     => CHF => false => false
            That works out at roughly CHF 0.76 a share.                => CHF 0.76           => 0.76           => CHF => true  => true
            Bolaget investerar 5,6 miljarder kronor i fabriken.        => 5,6 miljarder kronor => 5600000000   => SEK => false => false
            Il investit 2.5 milliards d'euros en France.               => 2.5 milliards d'euros => 2500000000  => EUR => false => false
            Il investit 2,5 milliards d’euros en France.               => 2,5 milliards d’euros => 2500000000  => EUR => false => false
            Disney+ costs $6.99 a month.                               => $6.99              => 6.99           => USD => false => true
            It had a market value of $1.46bn.                          => $1.46bn            => 1460000000     => USD => false => false
            It was worth more than $230 million, Recode said.          => $230 million       => 230000000      => USD => true  => false
            SNB paid about $1.46 billion for a stake.                  => $1.46 billion      => 1460000000     => USD => true  => false
            Holders get 513p for each share.                           => 513p               => 5.13           => GBP => false => true
            Holders get HK$155 in cash for each share it does not own. => HK$155             => 155            => HKD => false => true
            Sony buys shares at ¥4,146 apiece.                         => ¥4,146             => 4146           => JPY => false => true
            It implies A$126.21 per Afterpay share.                    => A$126.21           => 126.21         => AUD => false => true
            It will add S$250 million a year to profit.                => S$250 million      => 250000000      => SGD => false => true
            The board approved a 500 million Hong Kong dollars plan.   => 500 million Hong Kong dollars => 500000000 => HKD => false => false
            The fund raised 300 million Swiss francs.                  => 300 million Swiss francs => 300000000 => CHF => false => false
            It pays a dividend of 20 cents a share.                    => 20 cents           => 0.2            => USD => false => true
            It agreed a $2.5-billion deal.                             => $2.5-billion       => 2500000000     => USD => false => false
            Ericsson will invest 5 billion Swedish crowns in 2026.     => 5 billion Swedish crowns => 5000000000 => SEK => false => false
            It raised $5M from angels.                                 => $5M                => 5000000        => USD => false => false
            It paid $2 billion for a share of the venture.             => $2 billion         => 2000000000     => USD => false => false
            The plan costs $69.99 for a year.                          => $69.99             => 69.99          => USD => false => true
            Budget: 2 million pounds sterling.                         => 2 million pounds sterling => 2000000 => GBP => false => false
            It will invest up to $2 bn.                                => $2 bn              => 2000000000     => USD => true  => false
            Harlow Mills agreed a 52 bln dlr takeover.                 => 52 bln dlr         => 52000000000    => USD => false => false
            The group paid 25 mln dlrs in cash.                        => 25 mln dlrs        => 25000000       => USD => false => false
            Fenwick bid 542 mln stg for the brewer.                    => 542 mln stg        => 542000000      => GBP => false => false
            Holders get 840 pence per share.                           => 840 pence          => 8.4            => GBP => false => true
            """)
    void readsOneAmount(String sentence, String text, String value, String currency, boolean approximate,
                        boolean perUnit) {
        List<MoneyMention> mentions = MoneyParser.find(sentence, JAPANESE);
        assertThat(mentions).hasSize(1);
        MoneyMention mention = mentions.get(0);
        assertThat(mention.amount().text()).isEqualTo(text);
        assertThat(mention.amount().value()).isEqualTo(new BigDecimal(value));
        assertThat(mention.amount().value().toPlainString()).isEqualTo(value);
        assertThat(mention.amount().currency()).isEqualTo(currency);
        assertThat(mention.approximate()).isEqualTo(approximate);
        assertThat(mention.perUnit()).isEqualTo(perUnit);
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(text);
        assertThat(mention.conversion()).isNull();
    }

    /** One amount with the sentence's own conversion right after it. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            It will invest approximately 380 billion yuan (around $55 billion) in computing.  => 380 billion yuan => 380000000000 => CNY => $55 billion => 55000000000 => USD
            It will invest 4.1 trillion won (US$3.1 billion) through 2026.                   => 4.1 trillion won => 4100000000000 => KRW => US$3.1 billion => 3100000000 => USD
            Tencent will invest about 1.16 bln euros ($1.25 bln) for a stake.                => 1.16 bln euros => 1160000000 => EUR => $1.25 bln => 1250000000 => USD
            The deal values Sumo at £919m ($1.27bn).                                         => £919m => 919000000 => GBP => $1.27bn => 1270000000 => USD
            UOB pays about S$4.915 billion (US$3.6 billion), paid in cash.                   => S$4.915 billion => 4915000000 => SGD => US$3.6 billion => 3600000000 => USD
            Zomato bought Blinkit for ₹4,447 crore, or about $569 million, in 2022.          => ₹4,447 crore => 44470000000 => INR => $569 million => 569000000 => USD
            Vickers sold it to VW for 430 mln stg, about 700 mln dlrs, on Friday.           => 430 mln stg => 430000000 => GBP => 700 mln dlrs => 700000000 => USD
            Zomato bought Blinkit in a deal worth ₹4,447 crore (about $569 million).          => ₹4,447 crore => 44470000000 => INR => $569 million => 569000000 => USD
            It will spend about ¥50 billion (roughly $320 million) on shares.                => ¥50 billion => 50000000000 => JPY => $320 million => 320000000 => USD
            It agreed to a deal worth about US$29 billion (A$39 billion) on Monday.          => US$29 billion => 29000000000 => USD => A$39 billion => 39000000000 => AUD
            Axis will acquire it for Rs 12,325 crore ($1.6 billion).                         => Rs 12,325 crore => 123250000000 => INR => $1.6 billion => 1600000000 => USD
            """)
    void attachesTheConversion(String sentence, String text, String value, String currency, String convText,
                               String convValue, String convCurrency) {
        List<MoneyMention> mentions = MoneyParser.find(sentence, JAPANESE);
        assertThat(mentions).hasSize(1);
        MoneyMention mention = mentions.get(0);
        assertThat(mention.amount().text()).isEqualTo(text);
        assertThat(mention.amount().value()).isEqualTo(new BigDecimal(value));
        assertThat(mention.amount().currency()).isEqualTo(currency);
        assertThat(mention.conversion().text()).isEqualTo(convText);
        assertThat(mention.conversion().value()).isEqualTo(new BigDecimal(convValue));
        assertThat(mention.conversion().currency()).isEqualTo(convCurrency);
    }

    @Test
    void aRangeIsTwoAmountsAndSharesItsScale() {
        assertThat(values("Spotify could spend $400 million to $500 million on deals."))
                .containsExactly("400000000 USD", "500000000 USD");
        assertThat(values("Spotify could spend $400 to $500 million on deals."))
                .containsExactly("400000000 USD", "500000000 USD");
        assertThat(values("Prices run from $399 to $649.")).containsExactly("399 USD", "649 USD");
    }

    @Test
    void severalAmountsInOneSentenceComeInOrder() {
        assertThat(values("A model at ¥49,980 and a multilingual edition at ¥69,980; £395.99 and €469.99."))
                .containsExactly("49980 JPY", "69980 JPY", "395.99 GBP", "469.99 EUR");
        assertThat(values("It paid S$915 million plus net assets of about S$4 billion."))
                .containsExactly("915000000 SGD", "4000000000 SGD");
    }

    @Test
    void theContextDecidesWhatABareYenSignMeans() {
        assertThat(values("It paid ¥5 billion.", CHINESE)).containsExactly("5000000000 CNY");
        assertThat(values("It paid ¥5 billion.", JAPANESE)).containsExactly("5000000000 JPY");
        assertThat(values("It paid JP¥5 billion and CN¥2 billion.", CHINESE))
                .containsExactly("5000000000 JPY", "2000000000 CNY");
    }

    @Test
    void numbersWithoutCurrencyAreNotMoney() {
        assertThat(MoneyParser.find("It has 60 million to 90 million subscribers and 2.5 million cards.",
                JAPANESE)).isEmpty();
        assertThat(MoneyParser.find("The screen shows 1080p at 120Hz, or 4K docked, with 64GB.", JAPANESE))
                .isEmpty();
        assertThat(MoneyParser.find("The console weighs 2 pounds and sold 150 million units in 2017.",
                JAPANESE)).isEmpty();
        assertThat(MoneyParser.find("Revenue rose 5.5% to a record.", JAPANESE)).isEmpty();
        assertThat(MoneyParser.find("The 1080p stock image price was shown.", JAPANESE)).isEmpty();
        assertThat(MoneyParser.find("Rivian will launch the R2 in 2026 and the R3 later.", JAPANESE)).isEmpty();
    }

    @Test
    void roundAmountsInWordsAreMoney() {
        assertThat(values("Microsoft will invest more than a quarter-billion dollars in Finland."))
                .containsExactly("250000000 USD");
        assertThat(values("Half a billion dollars went on podcasts, and a billion euros on stores."))
                .containsExactly("500000000 USD", "1000000000 EUR");
        assertThat(values("It paid $2 billion, a half billion pounds more than planned."))
                .containsExactly("2000000000 USD", "500000000 GBP");
        assertThat(MoneyParser.find("It sold a billion phones and half a million cars.", JAPANESE)).isEmpty();
    }

    @Test
    void aSameCurrencyAmountInBracketsIsNotAConversion() {
        List<MoneyMention> mentions = MoneyParser.find("It paid $5 billion ($3 billion in cash).", JAPANESE);
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).conversion()).isNull();
    }

    @Test
    void keepsTheQualifierAsWritten() {
        MoneyMention mention = MoneyParser.find("UOB pays about S$4.915 billion for it.", JAPANESE).get(0);
        assertThat(mention.qualifier()).isEqualTo("about");
        assertThat(mention.textWithQualifier()).isEqualTo("about S$4.915 billion");
        assertThat(MoneyParser.find("It pays S$4.915 billion.", JAPANESE).get(0).textWithQualifier())
                .isEqualTo("S$4.915 billion");
    }

    @Test
    void theContextComesFromTheArticle() {
        assertThat(CurrencyContext.of("TOKYO — Sony will spend ¥50 billion, Japan's biggest deal."))
                .isEqualTo(new CurrencyContext("USD", "JPY"));
        assertThat(CurrencyContext.of("BEIJING — Xiaomi pays ¥5 billion; China's yuan rose."))
                .isEqualTo(new CurrencyContext("USD", "CNY"));
        assertThat(CurrencyContext.of("No clue here.")).isEqualTo(CurrencyContext.DEFAULT);
        assertThat(CurrencyContext.forArticle("Nothing ambiguous", "It pays $5 billion.")).isEqualTo(CurrencyContext.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'COPENHAGEN, May 3 - The Danish drugmaker will spend 42 bln crowns on plants.',          DKK
            'OSLO - The Norwegian oil group will invest 12 bln crowns in Norway.',                   NOK
            'The Swedish carmaker will spend 5 bln crowns in Gothenburg.',                          SEK
            'It will spend 5 bln crowns.',                                                          SEK
            'MANILA - The Philippine brewer will pay 39 bln pesos for the bottler.',                PHP
            'The Argentine lender agreed to pay 800 mln pesos, a Buenos Aires filing showed.',     ARS
            'The Chilean retailer will invest 90 bln pesos in Santiago stores.',                   CLP
            'The Colombian group paid 2 trillion pesos, it said in Bogota.',                       COP
            'The Mexican bank will spend 5 bln pesos in Mexico.',                                  MXN
            'It will spend 5 bln pesos.',                                                          MXN
            """)
    void bareCrownsAndPesosAreThoseOfTheCountryTheArticleIsAbout(String article, String currency) {
        CurrencyContext context = CurrencyContext.forArticle("", article);
        assertThat(MoneyParser.find(article, context).get(0).amount().currency()).isEqualTo(currency);
    }

    private static List<String> values(String sentence) {
        return values(sentence, JAPANESE);
    }

    private static List<String> values(String sentence, CurrencyContext context) {
        return MoneyParser.find(sentence, context).stream()
                .map(m -> m.amount().value().toPlainString() + " " + m.amount().currency())
                .toList();
    }
}

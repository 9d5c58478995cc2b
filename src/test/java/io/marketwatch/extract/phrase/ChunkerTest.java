package io.marketwatch.extract.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.Texts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the plan, Orbis Health will hire 200 staff.                    | Orbis Health
            Chief executive Le Thi Thu Hoa visited the site on Thu Oct 5.      | Le Thi Thu Hoa
            Norwind Technologies Chairman Lee Min-ho visited the site.           | Norwind Technologies;Lee Min-ho
            The Bank of Avalon and the Institute for Retail Studies agreed.      | Bank of Avalon;Institute for Retail Studies
            Pacific Rim Bank (PRB) said the Lumora Vision 3 sold out.            | Pacific Rim Bank;PRB;Lumora Vision 3
            Analysts expect Qwix 2.5-Pro to launch in March.                     | Qwix 2.5-Pro
            It bought a stake in Fenwick Finance (India) last year.              | Fenwick Finance (India);India
            A Kyoto-based maker hired Jae-yong Park.                            | Kyoto;Jae-yong Park
            The deal would make Harbor Group Taiwan's largest lender.            | Harbor Group;Taiwan
            It is part-owned by South Africa's Vodacom and Britain's Vodafone.   | South Africa;Vodacom;Britain;Vodafone
            Separately, Alibaba will invest in Lumora Labs.                     | Alibaba;Lumora Labs
            Finance chief Dana Whitfield blamed higher costs.                   | Dana Whitfield
            The Volt 9000 vans arrive in Lisbon 2026 after the Volt 2 did.       | Volt 9000;Lisbon;Volt 2
            The new 737 MAX 10 needs 300 MW and 800 TEU ships from Aveo Lines.   | 737 MAX 10;MW;TEU;Aveo Lines
            Most shoppers pay at 9-Horizon stores with cards.                    | 9-Horizon
            The party game 1-2-Jump and the 747-8 Courier came out together.     | 1-2-Jump;747-8 Courier
            The jet is built by Orbital Aircraft Corporation of Kenya.           | Orbital Aircraft Corporation of Kenya
            Grupo Tenaz SAB de CV and Cementos Ruiz SA de CV will merge.         | Grupo Tenaz;Cementos Ruiz
            The e-Volt 9 and the i-Pace arrive before e-commerce grows.          | e-Volt 9;i-Pace
            Orion Home Electronics (USA) Inc and Birch Finance (India) Ltd met. | Orion Home Electronics (USA) Inc;Birch Finance (India) Ltd
            Orion Home Electronics (USA) as a unit sells radios.                 | Orion Home Electronics (USA);USA
            Burger King Corp and King Abdullah met in Riyadh.                    | Burger King Corp;Abdullah;Riyadh
            Strandberg A/S won a fight for Edwin Harlow and Sons Plc.            | Strandberg A/S;Edwin Harlow and Sons Plc
            Secretary of State Dana Whitfield met the minister of Finance.       | Dana Whitfield;Finance
            Orient Harbour (International) Ltd and Birch Port (Group) Co. met.   | Orient Harbour (International) Ltd;Birch Port (Group) Co
            Kestrel/Vale Communications Co and RBS/Lyra Inc will merge.          | Kestrel/Vale Communications Co;RBS/Lyra Inc
            Shares of Kestrel/Vale rose.                                         | Kestrel;Vale
            Nakamura bought T.J. Harlow Tobacco Co and a stake in D. Orsini.     | Nakamura;T.J. Harlow Tobacco Co;D. Orsini
            Falcon Bros. Studios sold U.S. Tea to the U.K. arm of Vale.          | Falcon Bros. Studios;U.S;Tea;U.K;Vale
            Pizza King Worldwide Inc runs Pizza King Kenya and King Abdullah met it. | Pizza King Worldwide Inc;Pizza King Kenya;Abdullah
            Shop n Save Stores Ltd and Dell n Dine opened in Durban.             | Shop n Save Stores Ltd;Dell n Dine;Durban
            Halden Engineering and Locomotive Co Ltd sold Orvik Telephone and Telegraph Co. | Halden Engineering and Locomotive Co Ltd;Orvik Telephone and Telegraph Co
            Norvik Industrial Investments and Holdings Ltd paid.                 | Norvik Industrial Investments and Holdings Ltd
            De Vries Group said Van Oord Marine would bid.                       | De Vries Group;Van Oord Marine
            Halden Trust and Banking Corp bought Orvik Trust and Banking Co.     | Halden Trust and Banking Corp;Orvik Trust and Banking Co
            Norvik lagged Halden-Strand Co and International Orvik Machines Corp. | Norvik;Halden-Strand Co;International Orvik Machines Corp
            Sunfield and Energy Transit LP agreed; Norvik Steel and Orvik Power Ltd too. | Sunfield;Energy Transit LP;Norvik Steel;Orvik Power Ltd
            It sold shares in E.I. du Pont de Nemours & Co. and in D. du Marais.  | E.I. du Pont de Nemours & Co;D. du Marais
            Halden, Strand & Co and Orvik, Lund and Co Inc advised Norvik.       | Halden, Strand & Co;Orvik, Lund and Co Inc;Norvik
            Oslo, Bergen and Co-operative Bank of Norvik were named.             | Oslo;Bergen;Bank of Norvik
            """)
    void findsCapitalisedPhrases(String sentence, String expected) {
        List<ParsedSentence> parsed = Texts.parse(null, sentence);
        assertThat(parsed.get(0).chunks()).extracting(Chunk::text).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pacific Rim Bank (PRB) said on Monday it would open branches.        | PRB
            United Cargo Lines (UCL) will cut routes.                            | UCL
            """)
    void readsTheAcronymInBrackets(String sentence, String acronym) {
        assertThat(Texts.parse(null, sentence).get(0).chunks().get(0).acronym()).isEqualTo(acronym);
    }
}

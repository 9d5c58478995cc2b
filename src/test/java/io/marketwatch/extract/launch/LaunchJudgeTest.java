package io.marketwatch.extract.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launch model's features and veto, on sentences written for this test. */
class LaunchJudgeTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    private static List<ParsedSentence> parse(String title, String body) {
        return Texts.parse(title, body);
    }

    private static List<LaunchCandidate> candidates(String title, String body) {
        List<ParsedSentence> sentences = parse(title, body);
        return new LaunchFinder(LaunchJudge.rulesOnly()).candidates(sentences, new CompanyFinder().find(sentences),
                PUBLISHED);
    }

    private static List<LaunchFact> find(String body, LaunchJudge judge) {
        List<ParsedSentence> sentences = parse("Launches", body);
        return new LaunchFinder(judge).find(sentences, new CompanyFinder().find(sentences), PUBLISHED);
    }

    @Test
    void describesWhereAndWhenALaunchIsTold() {
        List<LaunchCandidate> found = candidates("Kestrel Motors launches the Volt 8",
                "Kestrel Motors launched the Volt 8 in Kenya on Monday. Lumora Labs, a rival, introduced the Lumora 2 in 2021.");

        assertThat(found).extracting(c -> c.fact().product()).containsExactly("Volt 8", "Lumora 2");
        assertThat(found.get(0).features()).contains("status=released", "when=month", "position=lead",
                "companyHere=subject", "companyInTitle=true", "productInTitle=true", "digits=true");
        assertThat(found.get(1).features()).contains("status=released", "when=years", "position=early",
                "companyInTitle=false", "productInTitle=false");
    }

    @Test
    void vetoesWhatTheModelFindsNearlySureToBeNoLaunch() throws IOException {
        LogisticModel model = LogisticModel.read(new StringReader(
                "# marketwatch logistic model v1\n(bias)\t2.0\nwhen=years\t-6.0\n"));
        String body = "Kestrel Motors launched the Volt 8 in Kenya on Monday. Lumora Labs, a rival, introduced the "
                + "Lumora 2 in 2021.";

        assertThat(find(body, new LaunchJudge(model))).extracting(LaunchFact::product).containsExactly("Volt 8");
        assertThat(find(body, LaunchJudge.rulesOnly())).extracting(LaunchFact::product)
                .containsExactly("Volt 8", "Lumora 2");
    }
}

package io.marketwatch.extract.launch;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.learn.Stems;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the launch model sees of one launch the rules report: its status and how far its window lies
 * from the article's date, where its sentence stands in the article, how its company figures there
 * (the article's lead company, named in the title, the subject of the sentence or only a possessive),
 * the product's shape, and the two words before the product (crudely stemmed, names left out). The
 * rest of the sentence's words were tried as a bag and left out: they made the model worse on sets it
 * was not trained on.
 */
final class LaunchFeatures {

    private static final int MAX_BUCKET = 3;

    private LaunchFeatures() {
    }

    /**
     * @param launch   the merged launch and the sentence it was read from
     * @param siblings how many launches the same sentence gives
     */
    static List<String> of(Launch launch, int siblings, List<ParsedSentence> sentences, Companies companies,
                           LocalDate published) {
        LaunchFact fact = launch.fact();
        ParsedSentence s = evidenceSentence(fact, launch.sentence(), sentences);
        List<String> f = new ArrayList<>();
        String status = fact.status().name();
        String when = when(fact, published);
        f.add("status=" + status);
        f.add("when=" + when);
        f.add("statusWhen=" + status + ":" + when);
        f.add("windowText=" + (fact.windowText() != null));
        f.add("position=" + position(s, sentences));
        f.add("unnamed=" + launch.unnamed());
        f.add("shown=" + launch.shown());
        f.add("siblings=" + Math.min(siblings, MAX_BUCKET));
        f.add("lead=" + fact.company().equals(companies.lead()));
        f.add("companyInTitle=" + namedInTitle(fact.company(), sentences, companies));
        f.add("companyHere=" + role(fact.company(), companies.mentionsIn(s.index())));
        f.add("companiesHere=" + Math.min(MAX_BUCKET,
                companies.mentionsIn(s.index()).stream().map(CompanyMention::company).distinct().count()));
        String product = fact.product();
        f.add("productInTitle=" + (!launch.unnamed() && titleText(sentences).contains(product.toLowerCase(Locale.ROOT))));
        f.add("digits=" + product.chars().anyMatch(Character::isDigit));
        f.add("productWords=" + Math.min(product.split("\\s+").length, MAX_BUCKET + 1));
        Set<String> names = nameWords(product + " " + fact.company());
        int at = s.text().indexOf(product);
        if (at >= 0) {
            int k = s.tokenAt(at);
            f.add("before1=" + word(s, k - 1, names));
            f.add("before2=" + word(s, k - 2, names));
        }
        return f;
    }

    /**
     * @param fact      the launch
     * @param sentence  the sentence it was read from
     * @param unnamed   whether its product is a description
     * @param shown     released by a verb that only shows it
     */
    record Launch(LaunchFact fact, int sentence, boolean unnamed, boolean shown) {
    }

    /** The sentence cited (merging may cite the one that gives the window), else the one read. */
    private static ParsedSentence evidenceSentence(LaunchFact fact, int read, List<ParsedSentence> sentences) {
        for (ParsedSentence s : sentences) {
            if (s.text().equals(fact.evidence())) {
                return s;
            }
        }
        return sentences.get(read);
    }

    /** How far the window lies from publication: ahead of it or behind it, in rough steps. */
    private static String when(LaunchFact fact, LocalDate published) {
        if (fact.window() == null) {
            return "none";
        }
        boolean released = fact.status() == LaunchStatus.released;
        LocalDate from = fact.window().from() != null ? fact.window().from() : fact.window().to();
        LocalDate to = fact.window().to() != null ? fact.window().to() : from;
        long days = released ? ChronoUnit.DAYS.between(to, published) : ChronoUnit.DAYS.between(published, from);
        if (days < 0) {
            return released ? "ahead" : "behind";
        }
        return days <= 31 ? "month" : days <= 183 ? "halfYear" : days <= 366 ? "year" : "years";
    }

    private static String position(ParsedSentence s, List<ParsedSentence> sentences) {
        if (s.title()) {
            return "title";
        }
        int body = 0;
        for (ParsedSentence o : sentences) {
            if (o.index() == s.index()) {
                break;
            }
            body += o.title() ? 0 : 1;
        }
        return body == 0 ? "lead" : body <= 3 ? "early" : body <= 8 ? "middle" : "late";
    }

    private static boolean namedInTitle(String company, List<ParsedSentence> sentences, Companies companies) {
        return sentences.stream().filter(ParsedSentence::title)
                .anyMatch(s -> companies.mentionsIn(s.index()).stream().anyMatch(m -> m.company().equals(company)));
    }

    /** How the sentence names the launch's company: as its subject, as an owner ("X's"), otherwise, or not. */
    private static String role(String company, List<CompanyMention> mentions) {
        String role = "absent";
        for (CompanyMention m : mentions) {
            if (m.company().equals(company)) {
                if (m.subject()) {
                    return "subject";
                }
                role = m.possessive() ? "owner" : "named";
            }
        }
        return role;
    }

    private static String titleText(List<ParsedSentence> sentences) {
        StringBuilder sb = new StringBuilder();
        sentences.stream().filter(ParsedSentence::title).forEach(s -> sb.append(s.text()).append(' '));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Set<String> nameWords(String names) {
        Set<String> out = new HashSet<>();
        for (String w : names.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            out.add(w);
        }
        return out;
    }

    private static String word(ParsedSentence s, int k, Set<String> names) {
        Token t = s.token(k);
        if (t == null) {
            return "(start)";
        }
        return t.isPunct() ? t.text() : names.contains(t.lower()) ? "(name)" : Stems.of(t.lower());
    }
}

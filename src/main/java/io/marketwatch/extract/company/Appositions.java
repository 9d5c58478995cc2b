package io.marketwatch.extract.company;

import static io.marketwatch.extract.company.NameKind.COMPANY;
import static io.marketwatch.extract.company.NameKind.INSTITUTION;
import static io.marketwatch.extract.company.NameKind.PERSON;
import static io.marketwatch.extract.company.NameKind.PRODUCT;

import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.Set;

/**
 * What an apposition after a name says it is: "X, the Sheffield-based developer" (a company), "X,
 * Toyota Motor's chairman" (a person), "X, a unit of …", "X, the regulator" (an institution), "X,
 * a foldable phone" (a product), read by the apposition's head noun.
 */
final class Appositions {

    private static final Set<String> OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their");
    private static final Set<String> STOPS = Set.of(
            "of", "at", "in", "for", "behind", "with", "from", "on", "to", "by", "that", "which", "who", "whose",
            "said", "says", "is", "was", "has", "will", "and", "or", ".", ";", ":", "(", ")", "\u2014", "-",
            "\"", "\u201c", "\u201d");

    /** Words that may stand before an apposition's title ("now senior managing director"). */
    private static final Set<String> TIME_ADVERBS = Set.of("now", "currently", "formerly", "then", "also", "still");
    /** Words that may open an apposition's title ("senior vice president", "acting chairman"). */
    private static final Set<String> TITLE_MODIFIERS = Set.of("senior", "former", "acting", "interim", "joint", "managing");

    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "has", "will", "said", "says");

    /** Participles that do not end in "-ed" ("a pill made by Pfizer", "a unit run by"). */
    private static final Set<String> PARTICIPLES = Set.of(
            "made", "built", "sold", "run", "known", "held", "taken", "bought", "led", "grown", "written", "shown",
            "set");

    /** Titles a company holds as well as a person ("Microsoft, OpenAI's largest investor"). */
    private static final Set<String> EITHER_TITLES = Set.of("investor");

    private Appositions() {
    }

    /** "X, a wholly owned Tencent subsidiary": the head noun of the apposition decides. */
    static void read(NameForm f, ParsedSentence s, int from) {
        Token first = s.token(from);
        if (first == null) {
            return;
        }
        if (first.is("founded")) {
            f.add(COMPANY, 2);
            return;
        }
        while (TIME_ADVERBS.contains(first.lower()) && s.token(from + 1) != null) {
            // "William Maeyer, now senior managing director of …"
            from++;
            first = s.token(from);
        }
        if (!OPENERS.contains(first.lower()) && !Lexicon.ROLE_TITLES.contains(first) && !TITLE_MODIFIERS.contains(first.lower())
                && !opensWithOwner(s, from)) {
            return;
        }
        String head = null;
        int headAt = -1;
        for (int j = from; j < from + 12 && j < s.tokens().size(); j++) {
            Token t = s.token(j);
            String w = t.lower();
            if (w.equals("-") || t.isCapitalised() || t.kind() == Token.Kind.NUMBER) {
                continue;
            }
            if (head != null && s.lower(j - 1).equals("-") && Lexicon.ROLE_TITLES.contains(head)) {
                // "director-general", "chief-executive-designate": the title before the hyphen heads the compound
                continue;
            }
            if (w.equals(",")) {
                if (head != null) {
                    break;
                }
                continue;
            }
            if (head != null && j == headAt + 1 && CLAUSE_VERBS.contains(w)) {
                // "Abroad, the group is building …": a new clause's subject, not an apposition
                return;
            }
            if (STOPS.contains(w) && j > from
                    || head != null && j == headAt + 1 && (w.endsWith("ed") || PARTICIPLES.contains(w)) && decidesApposition(head)) {
                // "the French group controlled by ...": a participle after the head starts its modifier
                break;
            }
            if (t.isWord()) {
                head = w;
                headAt = j;
            }
        }
        if (head == null) {
            return;
        }
        if (Lexicon.ROLE_TITLES.contains(head) && !EITHER_TITLES.contains(head)) {
            f.add(PERSON, 3);
        } else if (Lexicon.COMPANY_NOUNS.contains(head)) {
            f.add(COMPANY, 3);
        } else if (Lexicon.INSTITUTION_WORDS.contains(head)) {
            f.add(INSTITUTION, 3);
        } else if (Lexicon.PRODUCT_NOUNS.contains(head)) {
            f.add(PRODUCT, 3);
        }
    }

    /** "Toyota Motor's chairman": an apposition that opens with its owner's name, possessive at its end. */
    /**
     * Whether the name {@code given} is the one an apposition after {@code named} says it goes by:
     * "Perusahaan Otomobil Nasional Bhd, the national car maker known as Proton", "X, better known as Y".
     */
    static boolean givesName(ParsedSentence s, Chunk named, Chunk given) {
        int as = given.from() - 1;
        if (!s.lower(named.to()).equals(",") || !s.lower(as).equals("as") || !s.lower(as - 1).equals("known")
                || as - 1 - named.to() > KNOWN_AS_REACH) {
            return false;
        }
        for (int j = named.to() + 1; j < as - 1; j++) {
            if (!s.token(j).isWord()) {
                return false;
            }
        }
        String after = s.lower(given.to());
        return after.isEmpty() || after.equals(",") || after.equals(".") || after.equals(")");
    }

    private static final int KNOWN_AS_REACH = 8;

    private static boolean opensWithOwner(ParsedSentence s, int from) {
        for (int k = from; k < from + 5 && s.token(k) != null && s.token(k).isCapitalised(); k++) {
            if (s.token(k).possessive()) {
                return true;
            }
        }
        return false;
    }

    private static boolean decidesApposition(String head) {
        return Lexicon.ROLE_TITLES.contains(head) || Lexicon.COMPANY_NOUNS.contains(head)
                || Lexicon.INSTITUTION_WORDS.contains(head) || Lexicon.PRODUCT_NOUNS.contains(head);
    }
}

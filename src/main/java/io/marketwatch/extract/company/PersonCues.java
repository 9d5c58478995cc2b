package io.marketwatch.extract.company;

import static io.marketwatch.extract.company.NameKind.PERSON;

import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.Set;

/**
 * The words before a name that make it a person's: a role title ("chief executive X", "X's
 * chairman, Y"), an honorific ("Mr X"), a quoted nickname (Olugbenga "GB" Agboola) or a plural
 * title heading a list ("its co-founders, A, B and C").
 */
final class PersonCues {

    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "sir");

    private PersonCues() {
    }

    /**
     * @param from     the name's first token
     * @param l        the token before the name's group (a place's possessive skipped)
     * @param adjacent whether the name opens its group (not a later name of a list)
     */
    static void before(NameForm f, ParsedSentence s, int from, int l, boolean adjacent) {
        String word = s.lower(l);
        if (adjacent && (Lexicon.ROLE_TITLES.contains(word)
                || word.equals(",") && Lexicon.ROLE_TITLES.contains(s.lower(l - 1))
                || s.token(l) != null && s.token(l).isCapitalised() && s.lower(l - 1).equals("of")
                && Lexicon.ROLE_TITLES.contains(s.lower(l - 2)))) {
            // "Secretary of State Mike Pompeo": a title with its department
            f.add(PERSON, 3);
        } else if (adjacent && afterNickname(s, from)) {
            f.add(PERSON, 3);
        } else if (isPluralTitle(word) || word.equals(",") && isPluralTitle(s.lower(l - 1))) {
            // "its co-founders, Jane Roe, John Doe and Ann Lee": a plural title heads every name of the list
            f.add(PERSON, 3);
        }
        if (adjacent && HONORIFICS.contains(word)) {
            f.add(PERSON, 4);
        }
    }

    /** The surname after a quoted nickname: Olugbenga "GB" Agboola. */
    private static boolean afterNickname(ParsedSentence s, int from) {
        if (from < 4 || !NICKNAME_QUOTES.contains(s.lower(from - 1))) {
            return false;
        }
        int k = from - 2;
        while (k > from - 4 && s.token(k).isCapitalised()) {
            k--;
        }
        return k < from - 2 && NICKNAME_QUOTES.contains(s.lower(k)) && s.token(k - 1).isCapitalised();
    }

    private static final Set<String> NICKNAME_QUOTES = Set.of("\"", "\u201c", "\u201d");

    /** "founders", "co-founders", "directors": a role title's plural, bar investors (firms invest too). */
    private static boolean isPluralTitle(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.equals("investors")
                && Lexicon.ROLE_TITLES.contains(w.substring(0, w.length() - 1));
    }
}

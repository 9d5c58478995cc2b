package io.marketwatch.extract.launch;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.NameKind;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.time.CalendarWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The members of a range launched without names, named in the sentences right after it: "unveiled
 * two smartphones on Monday. The Mara X costs …, and the Mara Z …" launches the Mara X and the Mara
 * Z. A member is a name the company rules take for no company, person, place or institution, written
 * after "the" or "its" or opening its sentence; a range's names share their first word ("Mara X",
 * "Mara Z"), and a lone name must share it with the maker or the launch's sentence ("its new Acura
 * brand … the Acura Legend"). No more members than the range counts ("two").
 */
final class RangeMembers {

    /** How many sentences after the launch may name its members; the first without one ends the range. */
    private static final int REACH = 2;
    private static final Set<NameKind> NOT_PRODUCTS = Set.of(
            NameKind.COMPANY, NameKind.PERSON, NameKind.PLACE, NameKind.SOURCE, NameKind.INSTITUTION);
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their");
    /** Words of an unnamed product that make it a range rather than one product. */
    private static final Set<String> RANGE_WORDS = Set.of("range", "line", "lineup", "family", "series");

    private RangeMembers() {
    }

    /**
     * @param group    a launch of an unnamed product
     * @param sentence the index of the sentence it was read from
     * @return the member names, each with the index of its sentence
     */
    static List<Member> of(List<ParsedSentence> sentences, LaunchFact group, int sentence, Companies companies) {
        String[] words = group.product().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        Integer counted = count(sentences.get(sentence), group.product());
        if (counted == null && !RANGE_WORDS.contains(head) && !head.endsWith("s")) {
            return calledName(sentences, sentence, head, companies);
        }
        int limit = counted == null ? Integer.MAX_VALUE : counted;
        List<Member> listed = listedWith(sentences.get(sentence), head, companies);
        if (!listed.isEmpty()) {
            return listed.subList(0, Math.min(listed.size(), limit));
        }
        List<Member> out = new ArrayList<>();
        for (int i = sentence + 1; i < sentences.size() && i <= sentence + REACH && out.size() < limit; i++) {
            ParsedSentence s = sentences.get(i);
            if (s.title() || s.heading()) {
                break;
            }
            List<Member> named = new ArrayList<>();
            for (Chunk c : s.chunks()) {
                if (isMember(s, c, companies)) {
                    named.add(new Member(c.text(), i));
                }
            }
            if (named.isEmpty()) {
                break;
            }
            out.addAll(named);
        }
        List<Member> kept = related(out, sentences.get(sentence), group.company());
        return kept.subList(0, Math.min(kept.size(), limit));
    }

    /**
     * The one product of a launch, named in an aside on it in a sentence right after: "began selling
     * the first compact disc player … The machine, called the CDP-101, carries …", "will begin selling a
     * 5G home broadband service … The service, Globe At Home Air Fiber 5G, is …". The sentence opens
     * with "the" or "its" and a product noun, and the name follows "called", "named" or "dubbed", or
     * stands right after the comma, closed by another, when the noun repeats the launch's own.
     */
    private static List<Member> calledName(List<ParsedSentence> sentences, int sentence, String head,
                                           Companies companies) {
        for (int i = sentence + 1; i < sentences.size() && i <= sentence + REACH; i++) {
            ParsedSentence s = sentences.get(i);
            if (s.title() || s.heading()) {
                break;
            }
            if (s.tokens().size() < 5 || !DETERMINERS.contains(s.lower(0)) || !Lexicon.PRODUCT_NOUNS.contains(s.lower(1))
                    || !s.lower(2).equals(",")) {
                continue;
            }
            boolean called = Trigger.NAMING.contains(s.lower(3));
            if (!called && !s.lower(1).equals(head)) {
                continue;
            }
            int at = called ? 4 : 3;
            int from = s.lower(at).equals("the") ? at + 1 : at;
            for (Chunk c : s.chunks()) {
                if (c.from() == from && isProductName(s, c, companies)
                        && (called || c.to() < s.tokens().size() && s.lower(c.to()).equals(","))) {
                    return List.of(new Member(c.text(), i));
                }
            }
        }
        return List.of();
    }

    /**
     * The members the launch's own sentence lists after the range's head: "Two games went on sale with the
     * console, Space Harrier II and Super Thunder Blade", "released a set of games …, led by its own Super Mario
     * Advance and F-Zero", "… games: X, Y and Z". Two names at least, joined only by commas and "and"; else none.
     */
    private static List<Member> listedWith(ParsedSentence s, String head, Companies companies) {
        int at = -1;
        for (int k = 0; k < s.tokens().size() && at < 0; k++) {
            at = s.lower(k).equals(head) ? k : -1;
        }
        List<Chunk> names = new ArrayList<>();
        for (Chunk c : s.chunks()) {
            if (at < 0 || c.from() <= at) {
                continue;
            }
            int k = beforeDeterminer(s, c.from() - 1);
            boolean opens = names.isEmpty() ? LIST_OPENERS.contains(s.lower(k)) || s.lower(k).equals("by")
                    && s.lower(k - 1).equals("led") : joinedTo(s, names.get(names.size() - 1), k);
            if (opens && isProductName(s, c, companies)) {
                names.add(c);
            } else if (!names.isEmpty()) {
                break;
            }
        }
        return names.size() < 2 ? List.of() : names.stream().map(c -> new Member(c.text(), s.index())).toList();
    }

    /** The token before "the", "its" or "its own" that may open a listed name, from {@code k} back. */
    private static int beforeDeterminer(ParsedSentence s, int k) {
        if (s.lower(k).equals("own")) {
            k--;
        }
        return DETERMINERS.contains(s.lower(k)) ? k - 1 : k;
    }

    /** Whether only a comma, "and" or ", and" stands between the name {@code previous} and token {@code k}. */
    private static boolean joinedTo(ParsedSentence s, Chunk previous, int k) {
        String w = s.lower(k);
        return k == previous.to() && (w.equals(",") || w.equals("and"))
                || k == previous.to() + 1 && w.equals("and") && s.lower(previous.to()).equals(",");
    }

    /** What opens a list of names in apposition to a range ("…, X and Y", "…: X, Y and Z", "including X and Y"). */
    private static final Set<String> LIST_OPENERS = Set.of(",", ":", "including");

    /** The number written right before the product's head in its sentence ("two smartphones"), or null. */
    private static Integer count(ParsedSentence s, String product) {
        String first = product.toLowerCase(Locale.ROOT).split("\\s+")[0];
        for (int k = 1; k < s.tokens().size(); k++) {
            if (s.lower(k).equals(first) && count(s.lower(k - 1)) != null) {
                return count(s.lower(k - 1));
            }
        }
        return count(first);
    }

    private static Integer count(String word) {
        return word.equals("both") ? Integer.valueOf(2) : ProductPhrases.COUNTS.get(word);
    }

    private static boolean isMember(ParsedSentence s, Chunk c, Companies companies) {
        boolean opens = c.from() == 0 || DETERMINERS.contains(s.lower(c.from() - 1));
        return opens && isProductName(s, c, companies)
                && (c.from() > 0 || s.lower(c.from()).equals("the") || c.size() > 1);
    }

    /** A name the company rules take for no company, person, place or institution, and no date. */
    private static boolean isProductName(ParsedSentence s, Chunk c, Companies companies) {
        NameKind kind = companies.kindOf(c);
        if (kind != null && NOT_PRODUCTS.contains(kind) || c.possessive()
                || CalendarWords.isMonthOrWeekday(s.lower(c.from()))) {
            return false;
        }
        return companies.mentionsIn(s.index()).stream()
                .noneMatch(m -> m.fromToken() < c.to() && c.from() < m.toToken());
    }

    /** The names sharing their first word with another, or with the maker or the launch's sentence. */
    private static List<Member> related(List<Member> members, ParsedSentence launch, String maker) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            String first = firstWord(m.name());
            boolean sibling = members.stream().anyMatch(o -> o != m && firstWord(o.name()).equals(first)
                    && !o.name().equals(m.name()));
            boolean family = maker.toLowerCase(Locale.ROOT).startsWith(first + " ")
                    || (" " + launch.text().toLowerCase(Locale.ROOT) + " ").contains(" " + first + " ");
            if ((sibling || family) && out.stream().noneMatch(o -> o.name().equals(m.name()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static String firstWord(String name) {
        return name.toLowerCase(Locale.ROOT).split("\\s+")[0];
    }

    /** A member's name and the index of the sentence that names it. */
    record Member(String name, int sentence) {
    }
}

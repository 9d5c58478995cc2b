package io.marketwatch.extract.company;

import io.marketwatch.extract.learn.Stems;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.kb.Known;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the company model sees of one group of name forms: the rules' verdict and their points per
 * kind (bucketed) with the cues that fired, what the knowledge base knows the forms as, the shape
 * of the name (words, legal ending, acronym, inner capital, digits), how often and where the
 * article uses it (title, opening sentences, sentence starts, possessives), and the words next to
 * its occurrences, crudely stemmed ("L2=share", "L1=of", "R1=said"), and the word lists they are on ("R=companyNoun"). The words are features so
 * that the model learns wordings the cue lists lack; the points and the verdict so that it keeps
 * what the rules know.
 */
final class CompanyFeatures {

    private CompanyFeatures() {
    }

    /** Records what one occurrence of a form says: the words around it and where it stands. */
    static void occurrence(NameForm f, ParsedSentence s, Chunk c) {
        f.inTitle += s.title() ? 1 : 0;
        f.atStart += c.from() <= KnownNames.firstWord(s) ? 1 : 0;
        f.possessives += c.possessive() ? 1 : 0;
        f.describing += Lexicon.COMPANY_NOUNS.contains(s.lower(c.to())) ? 1 : 0;
        f.around.add("L1=" + word(s, c.from() - 1));
        f.around.add("L2=" + word(s, c.from() - 2));
        lists(f.around, "L", s.lower(c.from() - 1));
        if (!c.possessive()) {
            f.around.add("R1=" + word(s, c.to()));
            f.around.add("R2=" + word(s, c.to() + 1));
            lists(f.around, "R", s.lower(c.to()));
        }
    }

    /**
     * Whether the model's verdict can make a company of a group: always when the rules do; otherwise
     * only when the rules give it no kind at all (a product taken for a company would lose its
     * launches, a person or a regulator does not belong), and not when it only describes the
     * company named next to it ("AI startup Mosaix") or is a company's name that is also an everyday
     * word and only opens sentences ("Shell companies").
     */
    static boolean admissible(List<NameForm> group, NameKind rules) {
        if (rules == NameKind.COMPANY) {
            return true;
        }
        if (rules != null) {
            return false;
        }
        int occurrences = 0;
        int describing = 0;
        boolean commonWordAtStart = false;
        for (NameForm form : group) {
            occurrences += form.occurrences;
            describing += form.describing;
            commonWordAtStart |= form.known != null && form.known.commonWord() && !form.midSentence;
        }
        return describing < occurrences && !commonWordAtStart;
    }

    /** Which curated word list the word next to a name is on ("R=companyNoun": "AI startup"). */
    private static void lists(Set<String> out, String side, String word) {
        if (Lexicon.COMPANY_NOUNS.contains(word)) {
            out.add(side + "=companyNoun");
        }
        if (Lexicon.PRODUCT_NOUNS.contains(word)) {
            out.add(side + "=productNoun");
        }
        if (Lexicon.ROLE_TITLES.contains(word)) {
            out.add(side + "=roleTitle");
        }
        if (Lexicon.INSTITUTION_WORDS.contains(word)) {
            out.add(side + "=institutionWord");
        }
        if (Lexicon.STAFF_NOUNS.contains(word)) {
            out.add(side + "=staffNoun");
        }
    }

    /**
     * The features of one group, once every occurrence of its forms is recorded.
     *
     * @param group  the forms of one name
     * @param rules  the kind the rules give it, or null
     * @param nested whether a one-word form of it starts or ends a longer name of another group
     */
    static List<String> of(List<NameForm> group, NameKind rules, boolean nested) {
        List<String> f = new ArrayList<>();
        f.add("rule=" + (rules == null ? "none" : rules.name()));
        int[] totals = new int[NameKind.values().length];
        int occurrences = 0;
        int first = Integer.MAX_VALUE;
        int atStart = 0;
        int inTitle = 0;
        int possessives = 0;
        int listed = 0;
        int maxWords = 0;
        Set<String> seen = new TreeSet<>();
        for (NameForm form : group) {
            for (NameKind k : NameKind.values()) {
                totals[k.ordinal()] += form.score(k);
            }
            occurrences += form.occurrences;
            first = Math.min(first, form.firstSentence);
            atStart += form.atStart;
            inTitle += form.inTitle;
            possessives += form.possessives;
            listed += form.listedWithCompany();
            maxWords = Math.max(maxWords, form.size());
            seen.addAll(form.around);
            form.cues().forEach(c -> seen.add("cue=" + c));
            seen.add("kb=" + known(form.known));
            seen.addAll(shape(form));
        }
        int others = 0;
        for (NameKind k : NameKind.values()) {
            f.add(k.name() + "=" + bucket(totals[k.ordinal()]));
            if (k != NameKind.COMPANY) {
                others = Math.max(others, totals[k.ordinal()]);
            }
        }
        int margin = totals[NameKind.COMPANY.ordinal()] - others;
        f.add("margin=" + (margin > 0 ? "+" : margin < 0 ? "-" : "") + bucket(Math.abs(margin)));
        f.add("forms=" + Math.min(group.size(), 3));
        f.add("words=" + Math.min(maxWords, 4));
        f.add("count=" + bucket(occurrences));
        f.add("first=" + (first == 0 ? "0" : first <= 2 ? "1-2" : first <= 5 ? "3-5" : "6+"));
        f.add("title=" + (inTitle > 0));
        String starts = atStart == 0 ? "never" : atStart == occurrences ? "always" : "some";
        f.add("starts=" + starts);
        f.add("kbStarts=" + kb(group) + "/" + starts);
        f.add("possessive=" + (possessives > 0));
        f.add("listed=" + (listed > 0));
        f.add("nested=" + nested);
        f.addAll(seen);
        return f;
    }

    /** What the knowledge base knows the group as: what it knows its first known form as, else none. */
    private static String kb(List<NameForm> group) {
        for (NameForm form : group) {
            String known = known(form.known);
            if (!known.equals("none")) {
                return known;
            }
        }
        return "none";
    }

    private static List<String> shape(NameForm form) {
        List<String> out = new ArrayList<>(4);
        if (form.companyShaped) {
            out.add("shape=corporate");
        }
        if (form.hasLegalForm()) {
            out.add("shape=legal");
        }
        String text = form.text;
        boolean lower = false;
        boolean inner = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            lower |= Character.isLowerCase(ch);
            inner |= i > 0 && Character.isUpperCase(ch) && Character.isLowerCase(text.charAt(i - 1));
            digit |= Character.isDigit(ch);
        }
        if (!lower && text.length() >= 2) {
            out.add("shape=caps");
        }
        if (inner) {
            out.add("shape=innerCapital");
        }
        if (digit) {
            out.add("shape=digit");
        }
        if (form.acronym != null) {
            out.add("shape=acronymGiven");
        }
        if (form.size() > 1) {
            out.add("last=" + form.words.get(form.size() - 1));
            out.add("head=" + form.words.get(0));
        }
        if (form.words.get(0).equals("the")) {
            out.add("shape=the");
        }
        return out;
    }

    private static String known(Known known) {
        if (known == null || known.isEmpty()) {
            return "none";
        }
        if (known.isPerson()) {
            return "person";
        }
        if (known.isProduct()) {
            return "product";
        }
        if (known.isNotCompany()) {
            return "other";
        }
        if (known.isCompany()) {
            return known.commonWord() ? "commonCompany" : "company";
        }
        return "ambiguous";
    }

    private static String bucket(int n) {
        return n <= 0 ? "0" : n <= 2 ? "1-2" : n <= 4 ? "3-4" : n <= 7 ? "5-7" : "8+";
    }

    /** The word at {@code k} in lower case, digits as {@code #}, without the commonest inflections. */
    static String word(ParsedSentence s, int k) {
        Token t = s.token(k);
        if (t == null) {
            return "";
        }
        if (t.isCapitalised() && k > KnownNames.firstWord(s)) {
            return "Cap";
        }
        String w = t.lower();
        if (t.hasDigit()) {
            return "#";
        }
        return Stems.of(w);
    }
}

package io.marketwatch.extract.company;

import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.kb.KnownEntity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the forms of one name: a short form joins a longer one when the rest of the longer one
 * is legal or descriptive words ("Alibaba" and "Alibaba Group", "Hang Seng" and "Hang Seng Bank"),
 * when it is the acronym given for it ("United Overseas Bank (UOB)") or made of its initials
 * ("Reserve Bank of India", "RBI"), when it is the last distinctive word of it ("Walt Disney
 * Company", "Disney"), its stem ("Citigroup", "Citi"), or it with its descriptive words cut
 * short ("Sun Pharmaceutical Industries", "Sun Pharma"). Among several longer forms it joins the
 * one the article names first.
 */
final class NameGroups {

    private NameGroups() {
    }

    /** @return for each form (in the given order), the index of the form that heads its group */
    static int[] group(List<NameForm> forms) {
        int n = forms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            NameForm shorter = forms.get(a);
            int best = -1;
            for (int b = 0; b < n; b++) {
                if (b == a || !joins(shorter, forms.get(b))
                        || byInitials(shorter, forms.get(b)) && opensLonger(shorter, forms)) {
                    // "GE" beside "GE Appliances" or "GE Profile" may be either: not joined by its initials
                    continue;
                }
                if (best < 0 || forms.get(b).firstSentence < forms.get(best).firstSentence) {
                    best = b;
                }
            }
            if (best >= 0) {
                union(parent, a, best);
            }
        }
        int[] head = new int[n];
        for (int i = 0; i < n; i++) {
            head[i] = find(parent, i);
        }
        return head;
    }

    static boolean joins(NameForm a, NameForm b) {
        if (b.acronym != null && a.key.equals(b.acronym.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // a place alone ("Kenya shillings") is not a name cut short ("Kenya Airways")
        if (b.size() > a.size() && b.words.subList(0, a.size()).equals(a.words)
                && allDescriptive(b.words.subList(a.size(), b.size())) && !Lexicon.PLACES.contains(a.key)) {
            return true;
        }
        if (shortened(a, b) || afterGroupWord(a, b)) {
            return true;
        }
        if (a.size() != 1) {
            return false;
        }
        String word = a.words.get(0);
        List<String> core = core(b.words);
        if (byInitials(a, b)) {
            return true;
        }
        boolean companyShaped = core.size() < b.size() || Character.isDigit(b.text.charAt(0));
        if (companyShaped && core.size() >= 2 && core.get(core.size() - 1).equals(word)
                && !Lexicon.PLACES.contains(word)) {
            return true;
        }
        if (core.size() == 1 && word.length() >= 3 && core.get(0).length() > word.length()
                && core.get(0).startsWith(word)) {
            String rest = core.get(0).substring(word.length());
            return Lexicon.LEGAL_SUFFIXES.contains(rest) || Lexicon.CORPORATE_DESCRIPTORS.contains(rest)
                    || rest.matches("\\.(com|net|org|io|ai)");
        }
        return false;
    }

    /**
     * "Sun Pharma" for "Sun Pharmaceutical Industries Ltd", "Samsung Elec" for "Samsung Electronics",
     * "Grand Met" for "Grand Metropolitan Plc": the same first word, then descriptive words of the
     * longer name cut short (any word when it is the last of the short form), then only legal or
     * descriptive words.
     */
    private static boolean shortened(NameForm a, NameForm b) {
        if (a.size() < 2 || b.size() < a.size() || !a.words.get(0).equals(b.words.get(0))) {
            return false;
        }
        boolean cut = false;
        for (int i = 1; i < a.size(); i++) {
            String shorter = a.words.get(i);
            String longer = b.words.get(i);
            if (shorter.equals(longer)) {
                continue;
            }
            if (shorter.length() < 3 || !longer.startsWith(shorter) || !descriptive(longer) && i < a.size() - 1) {
                // a distinctive word cut short only as the last ("Grand Met" for "Grand Metropolitan Plc")
                return false;
            }
            cut = true;
        }
        return cut && allDescriptive(b.words.subList(a.size(), b.size()));
    }

    /** "PSA" for "Groupe PSA", "Bimbo" for "Grupo Bimbo SAB": a group's word in a Romance language, then the name. */
    private static boolean afterGroupWord(NameForm a, NameForm b) {
        return b.size() > a.size() && GROUP_WORDS.contains(b.words.get(0))
                && b.words.subList(1, 1 + a.size()).equals(a.words)
                && allDescriptive(b.words.subList(1 + a.size(), b.size()));
    }

    private static final Set<String> GROUP_WORDS = Set.of("groupe", "grupo", "gruppo");

    /**
     * Whether {@code longer} names a unit or a service of the company the knowledge base knows as
     * {@code known}: "Apple Music" of Apple, "Google Cloud" of Google. The group is then named by
     * the company, not by its unit. "Apple Inc" and "Alibaba Group" are only legal names, and
     * "Reliance Retail Ventures Ltd", with a legal form of its own, is a subsidiary.
     */
    static boolean unitOf(NameForm longer, NameForm known) {
        Optional<KnownEntity> company = known.knownCompany();
        if (company.isEmpty() || longer.size() <= known.size()
                || !longer.words.subList(0, known.size()).equals(known.words)
                || longer.hasLegalForm()
                || longer.words.subList(known.size(), longer.size()).stream()
                        .allMatch(w -> Lexicon.LEGAL_SUFFIXES.contains(w) || w.equals("&"))) {
            return false;
        }
        return longer.knownCompany().map(own -> !own.kbId().equals(company.get().kbId())).orElse(true);
    }

    /** The words before any legal or descriptive ending. */
    static List<String> core(List<String> words) {
        int end = words.size();
        while (end > 1 && (descriptive(words.get(end - 1)) || end < words.size() && isAnd(words.get(end - 1)))) {
            // "Eli Lilly and Co": the "and" of a legal ending goes with it
            end--;
        }
        return words.subList(0, end);
    }

    private static boolean allDescriptive(List<String> words) {
        for (String w : words) {
            if (!descriptive(w) && !isAnd(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAnd(String w) {
        return w.equals("&") || w.equals("and");
    }

    private static boolean descriptive(String w) {
        return Lexicon.LEGAL_SUFFIXES.contains(w) || Lexicon.CORPORATE_DESCRIPTORS.contains(w);
    }

    private static boolean opensLonger(NameForm a, List<NameForm> forms) {
        return forms.stream().anyMatch(f -> f.size() > a.size() && f.words.get(0).equals(a.words.get(0)));
    }

    private static boolean byInitials(NameForm a, NameForm b) {
        return a.size() == 1 && a.text.length() >= 2 && b.size() >= 2 && isUpper(a.text)
                && !b.words.get(0).equals(a.words.get(0)) && initialsOf(a.text, b);
    }

    /**
     * Whether {@code acronym} is made of the initials of the longer name's capitalised words, its legal or
     * descriptive ending left out or not ("GE" for "General Electric Co", "HP" for "Hewlett-Packard Co",
     * "NAB" for "National Australia Bank Ltd").
     */
    private static boolean initialsOf(String acronym, NameForm b) {
        String[] words = b.text.split("[\\s\\-]+");
        StringBuilder initials = new StringBuilder();
        for (int end = 0; end < words.length; end++) {
            String w = words[end];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
            if (end >= 1 && initials.toString().equals(acronym)
                    && allDescriptive(List.of(words).subList(end + 1, words.length).stream()
                            .map(x -> x.replace(".", "").toLowerCase(Locale.ROOT)).toList())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }
}

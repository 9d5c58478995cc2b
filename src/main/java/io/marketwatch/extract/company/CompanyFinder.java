package io.marketwatch.extract.company;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.kb.KnowledgeBase;
import io.marketwatch.kb.Known;
import io.marketwatch.kb.KnownEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the companies of an article in one pass over its sentences: every capitalised phrase
 * collects cue points for each kind of name (NameCues), the forms of one name are grouped
 * (NameGroups), and a group is a company when its company points reach two and beat every other
 * kind; a model trained on the annotated corpus (CompanyJudge) may overrule that verdict both
 * ways. The knowledge base adds its points to the names it knows (KnownNames) and links each
 * company to its entry when it is sure. Outlets and analyst firms cited as sources are listed
 * apart. Stateless and thread-safe.
 */
public final class CompanyFinder {

    private static final int COMPANY_THRESHOLD = 2;
    /** Words after which a company is compared, cited or owned rather than acting. */
    private static final Set<String> NOT_ACTING = Set.of(
            "with", "like", "as", "than", "from", "of", "to", "by", "against", "including", "alongside", "behind",
            "versus", "vs", "over");

    private final KnownNames known;
    private final CompanyJudge judge;

    /** With the knowledge base and the company model shipped in the jar. */
    public CompanyFinder() {
        this(KnowledgeBase.shipped());
    }

    /** With {@code base} and the shipped company model. */
    public CompanyFinder(KnowledgeBase base) {
        this(base, CompanyJudge.shipped());
    }

    /** With {@code base} and {@code judge} deciding which names are companies. */
    public CompanyFinder(KnowledgeBase base, CompanyJudge judge) {
        this.known = new KnownNames(base);
        this.judge = judge;
    }

    public Companies find(List<ParsedSentence> sentences) {
        Collected collected = collect(sentences);
        return assemble(sentences, collected.forms(), collected.occurrences());
    }

    /** Every form with its cue points, and where each sentence uses which form. */
    Collected collect(List<ParsedSentence> sentences) {
        Map<String, NameForm> forms = new LinkedHashMap<>();
        List<List<Occurrence>> occurrences = new ArrayList<>(sentences.size());
        for (ParsedSentence s : sentences) {
            occurrences.add(s.heading() ? new ArrayList<>() : cues(s, forms, known.chunks(s)));
        }
        for (ParsedSentence s : sentences) {
            if (s.heading()) {
                occurrences.set(s.index(), knownNames(s, forms));
            }
        }
        forms.values().forEach(known::weigh);
        propagatePersons(forms.values());
        markPlurals(forms.values());
        forms.values().forEach(NameCues::listedWithCompany);
        return new Collected(new ArrayList<>(forms.values()), occurrences);
    }

    /** Every capitalised phrase of a sentence becomes (or adds to) a form, with the cues around it. */
    private static List<Occurrence> cues(ParsedSentence s, Map<String, NameForm> forms, List<Chunk> chunks) {
        List<Occurrence> inSentence = new ArrayList<>();
        int[] groupStart = listGroups(s, chunks);
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            NameForm form = forms.get(c.key());
            if (form == null) {
                form = new NameForm(c, words(s, c), s.index());
                NameCues.intrinsic(form, s, c);
                forms.put(c.key(), form);
            }
            form.occurrences++;
            CompanyFeatures.occurrence(form, s, c);
            form.midSentence |= c.from() > KnownNames.firstWord(s);
            form.namedAtStart |= c.from() == KnownNames.firstWord(s) && namedAfter(s, c);
            form.owned |= c.from() > 0 && KnownNames.OWNERS.contains(s.lower(c.from() - 1));
            if (c.acronym() != null) {
                form.acronym = c.acronym();
            }
            inSentence.add(new Occurrence(c, form));
        }
        for (int i = 0; i + 1 < chunks.size(); i++) {
            NameForm named = inSentence.get(i).form();
            if (named.acronym == null && Appositions.givesName(s, chunks.get(i), chunks.get(i + 1))) {
                // "X, the national car maker known as Proton": the name it goes by, as an acronym is
                named.acronym = chunks.get(i + 1).text();
            }
        }
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            NameForm form = inSentence.get(i).form();
            int first = groupStart[i];
            int last = i;
            while (last + 1 < chunks.size() && groupStart[last + 1] == first) {
                last++;
            }
            NameCues.context(form, s, c, chunks.get(first).from(), chunks.get(last).to(), i == last);
            if (last > first) {
                List<NameForm> others = new ArrayList<>(last - first);
                for (int j = first; j <= last; j++) {
                    if (j != i) {
                        others.add(inSentence.get(j).form());
                    }
                }
                form.lists.add(others);
            }
        }
        return inSentence;
    }

    /**
     * In a heading in title case the capitals say nothing: only names the article uses elsewhere
     * count there, found as the longest known run of words inside each phrase.
     */
    private static List<Occurrence> knownNames(ParsedSentence s, Map<String, NameForm> known) {
        Map<String, NameForm> forms = new HashMap<>(known);
        for (NameForm f : known.values()) {
            // a headline shortens "Vantor Inc" to "Vantor"
            List<String> core = NameGroups.core(f.words);
            if (f.companyShaped && core.size() < f.size()) {
                forms.putIfAbsent(String.join(" ", core), f);
            }
        }
        List<Occurrence> out = new ArrayList<>();
        for (Chunk c : s.chunks()) {
            int k = c.from();
            while (k < c.to()) {
                int found = 0;
                for (int end = c.to(); end > k && found == 0; end--) {
                    Token last = s.token(end - 1);
                    String text = s.text().substring(s.token(k).start(), last.start()) + last.text();
                    String key = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                    NameForm form = forms.get(key);
                    if (form != null) {
                        out.add(new Occurrence(new Chunk(k, end, text, key, null, last.possessive(), null), form));
                        form.occurrences++;
                        form.inTitle += s.title() ? 1 : 0;
                        found = end - k;
                    }
                }
                k += Math.max(1, found);
            }
        }
        return out;
    }

    /**
     * Every name the article uses, as the company model sees it: the fullest form and the others, the
     * features the model judges by, and whether the rules alone make it a company.
     */
    public List<CompanyCandidate> candidates(List<ParsedSentence> sentences) {
        Map<Integer, List<NameForm>> groups = groups(collect(sentences).forms());
        Set<Integer> nested = nested(groups);
        List<CompanyCandidate> out = new ArrayList<>(groups.size());
        groups.forEach((id, group) -> {
            NameKind rules = decide(group);
            List<String> names = new ArrayList<>(group.size());
            for (NameForm f : group) {
                names.add(f.text);
                if (f.acronym != null) {
                    names.add(f.acronym);
                }
            }
            out.add(new CompanyCandidate(fullest(group).text, names,
                    CompanyFeatures.of(group, rules, nested.contains(id)), rules == NameKind.COMPANY,
                    CompanyFeatures.admissible(group, rules)));
        });
        return out;
    }

    /** The forms grouped by the name they write, then joined by first word and by knowledge-base entry. */
    private Map<Integer, List<NameForm>> groups(List<NameForm> forms) {
        int[] head = NameGroups.group(forms);
        Map<Integer, List<NameForm>> groups = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            groups.computeIfAbsent(head[i], k -> new ArrayList<>()).add(forms.get(i));
        }
        joinFirstWords(groups);
        known.joinSameEntity(groups);
        return groups;
    }

    /** The groups with a one-word form that starts or ends a longer name of another group ("Switch"). */
    private static Set<Integer> nested(Map<Integer, List<NameForm>> groups) {
        Map<String, Set<Integer>> edges = new HashMap<>();
        groups.forEach((id, group) -> {
            for (NameForm f : group) {
                if (f.size() > 1) {
                    edges.computeIfAbsent(f.words.get(0), k -> new HashSet<>()).add(id);
                    edges.computeIfAbsent(f.words.get(f.size() - 1), k -> new HashSet<>()).add(id);
                }
            }
        });
        Set<Integer> out = new HashSet<>();
        groups.forEach((id, group) -> {
            for (NameForm f : group) {
                Set<Integer> in = f.size() == 1 ? edges.get(f.words.get(0)) : null;
                if (in != null && (in.size() > 1 || !in.contains(id))) {
                    out.add(id);
                }
            }
        });
        return out;
    }

    private Companies assemble(List<ParsedSentence> sentences, List<NameForm> forms, List<List<Occurrence>> occurrences) {
        Map<Integer, List<NameForm>> groups = groups(forms);
        Set<Integer> nested = nested(groups);
        Map<NameForm, String> canonicalOf = new HashMap<>();
        Map<String, NameKind> kinds = new HashMap<>();
        List<String> sources = new ArrayList<>();
        List<Entity> companies = new ArrayList<>();
        for (Map.Entry<Integer, List<NameForm>> entry : groups.entrySet()) {
            List<NameForm> group = entry.getValue();
            NameKind rules = decide(group);
            NameKind kind = judge.judge(rules, CompanyFeatures.admissible(group, rules),
                    () -> CompanyFeatures.of(group, rules, nested.contains(entry.getKey())));
            for (NameForm f : group) {
                if (kind != null) {
                    kinds.put(f.key, kind);
                }
            }
            if (kind == NameKind.SOURCE && group.stream().anyMatch(f -> f.cited)) {
                sources.add(fullest(group).text);
            }
            if (kind != NameKind.COMPANY) {
                continue;
            }
            NameForm canonical = fullest(group);
            Set<String> aliases = new LinkedHashSet<>();
            int mentions = 0;
            int first = Integer.MAX_VALUE;
            for (NameForm f : group) {
                canonicalOf.put(f, canonical.text);
                mentions += f.occurrences;
                first = Math.min(first, f.firstSentence);
                if (f != canonical) {
                    aliases.add(f.text);
                }
                if (f.acronym != null && !f.acronym.equals(canonical.text)) {
                    aliases.add(f.acronym);
                }
            }
            companies.add(new Entity(new CompanyFact(canonical.text, List.copyOf(aliases), mentions,
                    KnownNames.link(group, canonical)), first));
        }
        companies.sort((x, y) -> Integer.compare(x.firstSentence, y.firstSentence));
        List<CompanyFact> facts = companies.stream().map(Entity::fact).toList();
        Map<String, String> byKey = new HashMap<>();
        canonicalOf.forEach((form, name) -> byKey.put(form.key, name));
        for (CompanyFact fact : facts) {
            for (String alias : fact.aliases()) {
                byKey.putIfAbsent(Companies.key(alias), fact.name());
            }
        }
        List<List<CompanyMention>> mentions = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<CompanyMention> inSentence = new ArrayList<>();
            for (Occurrence o : occurrences.get(i)) {
                String company = canonicalOf.get(o.form);
                if (company != null) {
                    boolean subject = acting(sentences.get(i), o.chunk.from());
                    inSentence.add(new CompanyMention(company, o.chunk.from(), o.chunk.to(), o.chunk.possessive(),
                            subject));
                }
            }
            mentions.add(inSentence);
        }
        return new Companies(facts, sources, byKey, kinds, mentions, known);
    }

    /**
     * A one-word name joins the company whose longer name starts with it ("Activision" and
     * "Activision Blizzard"), the one named first when several do ("Bethesda Softworks" before
     * "Bethesda Game Studios"; names of no kind yet aside), unless a name of another kind starts with
     * it too ("Nintendo Switch").
     */
    private static void joinFirstWords(Map<Integer, List<NameForm>> groups) {
        Map<Integer, NameKind> kinds = new HashMap<>();
        Map<String, Set<Integer>> startingWith = new HashMap<>();
        groups.forEach((id, group) -> {
            kinds.put(id, decide(group));
            for (NameForm f : group) {
                if (f.size() > 1 && !f.companyShaped) {
                    startingWith.computeIfAbsent(f.words.get(0), k -> new HashSet<>()).add(id);
                }
            }
        });
        for (Integer id : List.copyOf(groups.keySet())) {
            List<NameForm> group = groups.get(id);
            NameKind kind = kinds.get(id);
            if (group == null || kind != null && kind != NameKind.COMPANY
                    || group.stream().anyMatch(f -> f.size() != 1)) {
                continue;
            }
            Set<Integer> targets = new HashSet<>(startingWith.getOrDefault(group.get(0).words.get(0), Set.of()));
            targets.remove(id);
            targets.removeIf(t -> kinds.get(t) == null || !groups.containsKey(t));
            if (!targets.isEmpty() && targets.stream().allMatch(t -> kinds.get(t) == NameKind.COMPANY)) {
                Integer target = Collections.min(targets, Comparator.comparingInt(t -> firstSentence(groups.get(t))));
                groups.get(target).addAll(group);
                groups.remove(id);
            }
        }
    }

    private static int firstSentence(List<NameForm> group) {
        return group.stream().mapToInt(f -> f.firstSentence).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Whether a company named at {@code token} acts in its sentence: not compared, cited or owned
     * ("with X", "like X"), not the object of a deal or an action ("bought AI startup X"), not in
     * reported speech.
     */
    private static boolean acting(ParsedSentence s, int token) {
        int k = token - 1;
        if (Lexicon.COMPANY_NOUNS.contains(s.lower(k))) {
            int limit = k - 3;
            while (k > Math.max(0, limit) && !s.token(k - 1).isPunct() && !objectMark(s.lower(k - 1))) {
                k--;
            }
            k--;
        }
        return !objectMark(s.lower(k)) && !reported(s, token);
    }

    private static boolean objectMark(String word) {
        return NOT_ACTING.contains(word) || Lexicon.DEAL_WORDS.contains(word) || Lexicon.CORPORATE_VERBS.contains(word)
                || Lexicon.LAUNCH_VERBS.contains(word);
    }

    /** Whether the name stands in reported speech ("Bloomberg had reported that X would …"). */
    private static boolean reported(ParsedSentence s, int token) {
        for (int k = token - 1; k > 0; k--) {
            if (s.lower(k).equals("that") && REPORTING.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REPORTING = Set.of("reported", "reports", "said", "says", "told", "wrote");

    /** The kind a group of forms names, or null when no cue says anything. */
    static NameKind decide(List<NameForm> group) {
        int[] totals = new int[NameKind.values().length];
        // "Gulf Oil Corp … to buy Gulf": a name written with a legal form is no place in its short form
        boolean legal = group.stream().anyMatch(NameForm::hasLegalForm);
        for (NameForm f : group) {
            for (NameKind k : NameKind.values()) {
                if (!(legal && k == NameKind.PLACE && !f.hasLegalForm())) {
                    totals[k.ordinal()] += f.score(k);
                }
            }
        }
        NameKind best = null;
        int bestScore = 0;
        boolean tie = false;
        for (NameKind k : NameKind.values()) {
            int score = totals[k.ordinal()];
            if (score > bestScore) {
                best = k;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best == NameKind.COMPANY && (tie || bestScore < COMPANY_THRESHOLD)) {
            return null;
        }
        return tie ? null : best;
    }

    /** The fullest form: most words, then most characters, then the first written. */
    private static NameForm fullest(List<NameForm> group) {
        NameForm best = group.get(0);
        for (NameForm f : group) {
            if (f.size() > best.size() || f.size() == best.size() && f.text.length() > best.text.length()) {
                best = f;
            }
        }
        for (NameForm f : group) {
            if (NameGroups.unitOf(best, f)) {
                return f;
            }
        }
        return best;
    }

    /**
     * "Macs", "iPads", "Apple Watches": a name the knowledge base does not know that is the plural of
     * another name of the article counts things, it names no firm; so does a plural the article only
     * writes at the start of a sentence ("Brokers said").
     */
    private static void markPlurals(Collection<NameForm> forms) {
        Set<String> keys = new HashSet<>();
        Set<String> firstWordsOfLonger = new HashSet<>();
        for (NameForm f : forms) {
            keys.add(String.join(" ", f.words));
            if (f.size() > 1) {
                firstWordsOfLonger.add(f.words.get(0));
            }
        }
        for (NameForm f : forms) {
            String key = String.join(" ", f.words);
            boolean plural = key.endsWith("s") && keys.contains(key.substring(0, key.length() - 1))
                    || key.endsWith("es") && keys.contains(key.substring(0, key.length() - 2));
            boolean unknown = f.known == null || f.known.isEmpty();
            if (plural && unknown) {
                f.add(NameKind.PRODUCT, PLURAL_OF_ANOTHER);
            } else if (unknown && f.size() == 1 && key.endsWith("s") && !f.midSentence && !f.namedAtStart
                    && f.inTitle == 0 && !f.companyShaped && !f.text.equals(f.text.toUpperCase(Locale.ROOT))
                    && !firstWordsOfLonger.contains(key)) {
                // "Brokers said …", "Talks to buy … collapsed": a plural that only opens sentences is a word
                f.add(NameKind.COMPANY, -PLURAL_OF_ANOTHER);
            }
        }
    }

    private static final int PLURAL_OF_ANOTHER = 8;

    /**
     * A single-word form that is the first or last name of a person becomes a person too; of a
     * person known only by a common given name, only where it first stands in a later sentence
     * ("Richard Feynman" makes no person of the "Feynman" chip named in the same sentence).
     */
    private static void propagatePersons(Iterable<NameForm> forms) {
        Map<String, Integer> personWords = new HashMap<>();
        for (NameForm f : forms) {
            int person = f.score(NameKind.PERSON);
            if (f.size() >= 2 && f.size() <= 4 && person >= 3 && person > f.score(NameKind.COMPANY)) {
                int shape = f.givenNamed ? NameCues.GIVEN_NAME_POINTS : 0;
                boolean cued = person - shape >= 3 && person - shape > f.score(NameKind.COMPANY);
                int from = cued ? -1 : f.firstSentence;
                personWords.merge(f.words.get(0), from, Math::min);
                int last = f.size() - (NameCues.GENERATIONS.contains(f.words.get(f.size() - 1)) ? 2 : 1);
                personWords.merge(f.words.get(last), from, Math::min);
            }
        }
        for (NameForm f : forms) {
            Integer from = f.size() == 1 ? personWords.get(f.words.get(0)) : null;
            if (from != null && f.firstSentence > from) {
                f.add(NameKind.PERSON, 5);
            }
        }
    }

    /**
     * For each chunk, the index of the first chunk of the list it stands in ("A, B and C" share
     * one list when only commas and a final "and"/"or" separate them).
     */
    private static int[] listGroups(ParsedSentence s, List<Chunk> chunks) {
        int[] start = new int[chunks.size()];
        int i = 0;
        while (i < chunks.size()) {
            int j = i;
            boolean conjunction = false;
            while (j + 1 < chunks.size()) {
                int separator = separator(s, chunks.get(j).to(), chunks.get(j + 1).from());
                if (separator == 0) {
                    break;
                }
                conjunction |= separator == 2;
                j++;
                if (separator == 2) {
                    break;
                }
            }
            // "Nvidia, SoftBank Group and the Abu Dhabi firm MGX": the list ends where "and" leads on
            String after = s.lower(chunks.get(j).to());
            conjunction |= j > i && (after.equals("and") || after.equals(",") && s.lower(chunks.get(j).to() + 1).equals("and"));
            for (int k = i; k <= j; k++) {
                start[k] = conjunction ? i : k;
            }
            i = j + 1;
        }
        return start;
    }

    /** A possessive, a comma or "and" with another capitalised name after the phrase: it is a name. */
    private static boolean namedAfter(ParsedSentence s, Chunk c) {
        String next = s.lower(c.to());
        Token after = s.token(c.to() + 1);
        return c.possessive() || next.equals(",")
                || next.equals("and") && after != null && after.isNamelike();
    }

    /** 0: not a list separator; 1: commas only; 2: contains "and"/"or". */
    private static int separator(ParsedSentence s, int from, int to) {
        if (s.lower(from).equals(".") && Lexicon.LEGAL_SUFFIXES.contains(s.lower(from - 1))) {
            from++;
        }
        if (from >= to || to - from > 2) {
            return 0;
        }
        int kind = 1;
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (w.equals("and") || w.equals("or")) {
                kind = 2;
            } else if (!w.equals(",")) {
                return 0;
            }
        }
        return kind;
    }

    private static List<String> words(ParsedSentence s, Chunk c) {
        List<String> out = new ArrayList<>(c.size());
        for (int k = c.from(); k < c.to(); k++) {
            Token t = s.tokens().get(k);
            if (!t.text().equals("-") && !t.text().equals(".")) {
                // the dot after initials ("R.J. Reynolds") is no word of the name; a possessive ending
                // inside the name is ("Dr Reddy's Laboratories", "McDonald's" known with its ending)
                boolean ending = t.possessive() && (k < c.to() - 1 || !c.possessive());
                out.add(ending ? t.lowerWithEnding() : t.lower());
            }
        }
        return out;
    }

    record Occurrence(Chunk chunk, NameForm form) {
    }

    record Collected(List<NameForm> forms, List<List<Occurrence>> occurrences) {
    }

    private record Entity(CompanyFact fact, int firstSentence) {
    }
}

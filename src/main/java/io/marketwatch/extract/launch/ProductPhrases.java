package io.marketwatch.extract.launch;

import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.company.NameKind;
import io.marketwatch.extract.money.MoneyParser;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;

/**
 * Reads which product a trigger is about: the name after it ("release Qwen 3", "the launch of its
 * Mate X"), the subject before it ("Disney+ … will launch", "X, which launched in"), a description
 * ("its next-generation model"), or a back-reference ("the model", "both devices and the chip") to
 * a product named earlier.
 */
final class ProductPhrases {

    private static final Set<String> OBJECT_NAMING = Set.of("called", "named", "dubbed", "codenamed");
    private static final Set<String> OBJECT_STOPS = Set.of(
            "in", "on", "at", "by", "from", "to", "before", "after", "with", "for", "as", ",", ".", ";", ":",
            "that", "which", "who", "than", "until", "during", "into", "later", "earlier", "last", "this", "next",
            "alongside", "ahead");
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of(
            "will", "would", "could", "should", "may", "might", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "also", "finally", "first", "then", "now", "already", "just", "only", "still",
            "expected", "scheduled", "set", "due", "to", "make", "its", "their", "ready", "about", "gearing", "up",
            "which", "that", "not", "start", "begin", "going", "itself", "aims", "plans", "on", "course", "track", "poised",
            "likely", "slated", "remain", "remains", "remained", "began", "begins", "started", "starts", "made",
            "instead", "eventually", "initially", "again", "become", "becomes", "became");
    private static final Set<String> NOUN_PHRASE_STOPS = Set.of(
            ",", ";", ":", "said", "says", "that", "which", "when", "as", "after", "before", "while", "if",
            "\"", "\u201c", "\u201d", "(", ")", "\u2014");
    private static final Set<String> PLURAL_REFERENCES = Set.of("both", "devices", "products", "all", "these");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            ",", ";", "and", "but", "that", "when", "while", "as", "after", "before", "then", "so", "because",
            "although", "though", "since", "if", "where");
    private static final Set<String> PREDICATE_STARTS = Set.of("will", "is", "was", "are", "were", "has", "had");

    private ProductPhrases() {
    }

    /** The products of a trigger, in order; empty when it names none. */
    static List<Product> of(ParsedSentence s, Trigger t, Companies companies, LaunchMemory memory,
                            List<DateMention> dates) {
        boolean intransitive = OBJECT_STOPS.contains(s.lower(t.to())) || s.token(t.to()) == null
                || s.lower(t.to()).equals("the") && s.lower(t.to() + 1).equals("same");
        boolean passive = isPassive(s, t);
        if (t.type() == Trigger.Type.SHOWCASE) {
            return listAfter(s, t, companies);
        }
        if (t.type() == Trigger.Type.LAUNCH && BankOpenings.at(s, t.from())) {
            return BankOpenings.of(s, t, companies);
        }
        if (t.type() == Trigger.Type.LAUNCH && Routes.at(s, t.from())) {
            return Routes.of(s, t, companies, dates);
        }
        int passengers = t.type() == Trigger.Type.LAUNCH ? Trigger.passengersCarried(s, t.from()) : -1;
        if (passengers > 0) {
            // the words before "passengers" tell the service: "first scheduled passenger service"
            int from = t.from() + 2;
            String words = passengers > from ? s.span(from, passengers - 1) + " " : "";
            return List.of(new Product(words + "passenger service", subjectCompany(s, t, companies), true,
                    passengers + 1));
        }
        if (t.firstTaken(s)) {
            return firstTaken(s, t, companies);
        }
        List<Product> counted = t.type() == Trigger.Type.SHOWCASE ? List.of() : countedMembers(s, t, companies);
        if (!counted.isEmpty()) {
            return counted;
        }
        if (t.type() == Trigger.Type.LAUNCH && Trigger.bareStartingSubject(s, t.from())) {
            return startedProduct(s, t, companies, memory);
        }
        int colon = t.type() == Trigger.Type.SCHEDULE ? Trigger.listAfter(s, t.to() - 1) : -1;
        if (colon > 0) {
            List<Product> listed = itemsAfterColon(s, colon, t, companies, dates);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        if (t.undatedRelease(s)) {
            return undatedProduct(s, t, companies);
        }
        if (t.type() == Trigger.Type.SCHEDULE) {
            // "followed by X", "plans X": the product follows; "X … is planned for", "X will be available": it leads
            boolean objectFirst = s.lower(t.to() - 1).equals("by") || t.to() - t.from() == 1
                    && (s.lower(t.from()).startsWith("plan") || s.lower(t.from()).startsWith("mak")
                    || s.lower(t.from()).equals("made") || t.invertedArrival(s));
            return objectFirst ? object(s, t, companies, memory, dates)
                    : withElliptical(s, t, subject(s, t, companies, memory), companies, dates);
        }
        if (t.type() == Trigger.Type.NAMING) {
            // "a processor called the Vera CPU": a name may keep its article
            Chunk named = chunkAt(s, pastArticle(s, t.to()));
            if (named != null && isCandidate(s, named, companies)) {
                return List.of(named(s, named, t, companies));
            }
            Token token = s.token(t.to());
            // "a model called o1": a model name may be written in lower case with a digit
            return token != null && token.isWord() && token.hasDigit()
                    ? List.of(new Product(token.text(), subjectCompany(s, t, companies), false, t.to() + 1)) : List.of();
        }
        Chunk soldAs = t.type() == Trigger.Type.LAUNCH && !t.noun() ? nameGivenAfter(s, t.to(), companies) : null;
        if (soldAs == null && t.type() == Trigger.Type.LAUNCH && !t.noun()) {
            soldAs = nameUnderAfter(s, t.to(), companies);
        }
        if (soldAs != null) {
            // "In Japan the car will go on sale in September as the Eunos Roadster": the name it is sold under
            return List.of(named(s, soldAs, t, companies));
        }
        if (s.lower(t.from() - 1).equals("it") && PUT.contains(s.lower(t.from() - 2))) {
            // "Sony will put it on sale in Europe on Feb. 22": the product named last
            return memory.recentProducts(s, t.from() - 1, false);
        }
        Chunk put = t.type() == Trigger.Type.LAUNCH && !t.noun() ? putBefore(s, t.from(), companies) : null;
        if (put != null) {
            // "putting the Legend sedan and the Integra hatchback on sale": what is put on sale
            return coordinated(s, put, t, companies, dates);
        }
        if (!passive && (!intransitive || t.noun() && s.lower(t.to()).matches("of|for"))) {
            List<Product> object = object(s, t, companies, memory, dates);
            if (!object.isEmpty()) {
                return object;
            }
        }
        List<Product> subjects = subject(s, t, companies, memory);
        Product entry = subjects.stream().allMatch(p -> companies.canonical(p.name()).isPresent())
                ? marketEntry(s, t, companies, dates) : null;
        return entry != null ? List.of(entry) : withElliptical(s, t, subjects, companies, dates);
    }

    /**
     * What has no release date: the name after "for" ("has not set a release date for Windows NT 5.0");
     * else, in a relative clause, the last name before its pronoun ("would star in a new Blade film, which
     * is in development with no release date"); else the first name of the sentence that is no company
     * ("Cyberpunk 2077 … has no release date").
     */
    private static List<Product> undatedProduct(ParsedSentence s, Trigger t, Companies companies) {
        Chunk named = s.lower(t.to()).equals("for") ? chunkAt(s, pastArticle(s, t.to() + 1)) : null;
        if (named != null && isCandidate(s, named, companies)) {
            return List.of(named(s, named, t, companies));
        }
        int relative = s.nearestBefore(t.from(), t.from(), 0, RELATIVES::contains);
        Predicate<Chunk> noCompany = c -> !isCompany(s, c, companies);
        named = relative >= 0 ? lastCandidateBefore(s, relative, companies, noCompany)
                : firstCandidate(s, t.from(), companies, noCompany);
        return named == null ? List.of() : List.of(named(s, named, t, companies));
    }

    /**
     * The first one a customer takes ("took delivery of the first Boeing 777"), launched by its maker:
     * the company whose name it bears, whose possessive or "from" goes with it, or the one the knowledge
     * base says makes it; never the customer, and none when no maker is named.
     */
    private static List<Product> firstTaken(ParsedSentence s, Trigger t, Companies companies) {
        Chunk c = chunkAt(s, t.to());
        if (c == null || !isCandidate(s, c, companies)) {
            return List.of();
        }
        String maker = companies.owner(s, c.from(), c.to());
        if (maker == null) {
            maker = ownerBefore(s, c.from(), companies);
        }
        if (maker == null) {
            maker = makerAfter(s, c.to(), companies);
        }
        if (maker == null) {
            maker = companies.knownMakerOfModel(c.text()).or(() -> companies.namedInProduct(c.text())).orElse(null);
        }
        return maker == null ? List.of() : List.of(new Product(c.text(), maker, false, c.to()));
    }

    /**
     * "Four cartridges went on sale alongside the machine, among them Super Mario Land and Tetris", "Ten
     * games will be available at launch, including X and Y": a counted subject whose members the sentence
     * lists after the verb; empty when the subject is no count or no list follows.
     */
    private static List<Product> countedMembers(ParsedSentence s, Trigger t, Companies companies) {
        int start = t.from() - 1;
        while (start > 0 && s.token(start - 1).isWord()) {
            start--;
        }
        Token first = s.token(start);
        boolean count = COUNTS.containsKey(s.lower(start)) || MORE_COUNTS.contains(s.lower(start))
                || first != null && first.kind() == Token.Kind.NUMBER && first.text().chars().allMatch(Character::isDigit);
        if (!count || t.from() - start > COUNTED_SUBJECT_WORDS) {
            // "Two analysts said the console will go on sale": the count is another clause's subject
            return List.of();
        }
        for (int k = t.to(); k < s.tokens().size() - 1; k++) {
            String w = s.lower(k);
            int names = w.equals("including") ? k + 1
                    : w.equals("among") && s.lower(k + 1).equals("them") ? k + 2 : -1;
            if (names > 0 && s.lower(k - 1).equals(",")) {
                return listAfter(s, new Trigger(k, names, Trigger.Type.SHOWCASE, false), companies);
            }
        }
        return List.of();
    }

    private static final Set<String> MORE_COUNTS = Set.of("seven", "eight", "nine", "ten", "eleven", "twelve", "several");
    /** How far a counted subject stands before its verb: "Ten Nintendo-made games will". */
    private static final int COUNTED_SUBJECT_WORDS = 5;

    private static final Set<String> PUT = Set.of("put", "puts", "putting");
    private static final int PUT_REACH = 14;

    /**
     * The first of a list of names after a "put" that the words up to {@code trigger} ("on sale")
     * belong to, with no clause break between, or null.
     */
    private static Chunk putBefore(ParsedSentence s, int trigger, Companies companies) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - PUT_REACH); k--) {
            if (CLAUSE_BREAKS.contains(s.lower(k))) {
                return null;
            }
            if (PUT.contains(s.lower(k))) {
                for (int j = k + 1; j < trigger; j++) {
                    Chunk c = chunkAt(s, j);
                    if (c != null && c.to() <= trigger) {
                        // only a list ("the Legend sedan and the Integra hatchback"); one name is found as before
                        int after = Lexicon.PRODUCT_NOUNS.contains(s.lower(c.to())) ? c.to() + 1 : c.to();
                        return s.lower(after).equals("and") && isCandidate(s, c, companies) ? c : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The name after "as (the)" a few words after {@code from}, in the verb's clause, or null. */
    private static Chunk nameGivenAfter(ParsedSentence s, int from, Companies companies) {
        for (int k = from; k < Math.min(s.tokens().size() - 1, from + SOLD_AS_REACH); k++) {
            if (CLAUSE_BREAKS.contains(s.lower(k)) || s.lower(k).equals(",")) {
                return null;
            }
            if (s.lower(k).equals("as")) {
                Chunk c = chunkAt(s, pastArticle(s, k + 1));
                // not an owner's ("as the Beetle's Brazilian heir")
                return c != null && !c.possessive() && isCandidate(s, c, companies) ? c : null;
            }
        }
        return null;
    }

    private static final int SOLD_AS_REACH = 8;

    /**
     * The name after "under the name" ("… next year under the name Super Famicom") or between "under
     * the" and "name" ("under the Sterling name"), in the verb's clause, or null.
     */
    private static Chunk nameUnderAfter(ParsedSentence s, int from, Companies companies) {
        int k = Trigger.underThe(s, from, from + Trigger.SOLD_UNDER_REACH);
        if (k < 0) {
            return null;
        }
        boolean nounFirst = Trigger.NAME_NOUNS.contains(s.lower(k + 2));
        Chunk c = nounFirst ? chunkAt(s, pastArticle(s, k + 3)) : chunkAt(s, k + 2);
        boolean named = c != null && (nounFirst || Trigger.NAME_NOUNS.contains(s.lower(c.to())));
        return named && !c.possessive() && isCandidate(s, c, companies) ? c : null;
    }

    /** Verbs by which a company comes into a market of its own, with no product named. */
    private static final Set<String> ENTRY_VERBS = Set.of(
            "launch", "launches", "launched", "launching", "debut", "debuts", "debuted", "debuting",
            "open", "opens", "opened", "opening");

    /**
     * "Netflix will launch in Spain, Italy and Portugal in October": a launch verb with no object and a
     * company for a subject, then "in" and places, is the subject's service coming into those markets
     * (unnamed: "Netflix service in Spain, Italy and Portugal"); with only a time after the verb, the
     * company opening its clause is its own service ("PayPay went live in October"); null when it is no
     * such entry.
     */
    private static Product marketEntry(ParsedSentence s, Trigger t, Companies companies, List<DateMention> dates) {
        boolean entry = t.to() - t.from() == 1 && ENTRY_VERBS.contains(s.lower(t.from()))
                || t.to() - t.from() == 2 && Trigger.IN_MARKET.contains(s.lower(t.to() - 1));
        CompanyMention subject = entry && !t.noun() ? subjectRightBefore(s, t.from(), companies) : null;
        if (subject == null) {
            return null;
        }
        List<int[]> places = s.lower(t.to()).equals("in") ? Routes.placesAt(s, t.to() + 1) : List.of();
        if (places.isEmpty()) {
            // "PayPay went live in October", "Kestrel Bank opened on Monday": the company's own service
            boolean opensClause = OWN_SERVICE_OPENINGS.contains(s.lower(subject.fromToken() - 1));
            return opensClause && timeRightAfter(s, t.to(), dates)
                    ? new Product(brand(s, subject), subject.company(), false, t.to()) : null;
        }
        int end = places.get(places.size() - 1)[1];
        // named by the subject as written: "Netflix service in Spain", not "service in Spain"
        String markets = s.span(t.to() + 1, end - 1);
        return new Product(brand(s, subject) + " service in " + markets, subjectCompany(s, t, companies), true, end);
    }

    /** What may stand before a company that itself went live: the sentence's start, a comma, "and". */
    private static final Set<String> OWN_SERVICE_OPENINGS = Set.of("", ",", "and", ";");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "at", "from", "by");

    /** A time phrase right at {@code k}, or right after a preposition there ("in October", "last week"). */
    private static boolean timeRightAfter(ParsedSentence s, int k, List<DateMention> dates) {
        int at = TIME_PREPOSITIONS.contains(s.lower(k)) ? k + 1 : k;
        if (s.token(at) == null) {
            return false;
        }
        int from = s.token(k).start();
        int to = s.token(at).start();
        return dates.stream().anyMatch(d -> d.start() >= from && d.start() <= to);
    }

    /** A company's name as the sentence writes it, without its legal ending ("Kestrel Pay" of "Kestrel Pay Ltd"). */
    private static String brand(ParsedSentence s, CompanyMention m) {
        int to = m.toToken();
        while (to - 1 > m.fromToken() && Lexicon.LEGAL_SUFFIXES.contains(s.lower(to - 1).replace(".", ""))) {
            to--;
        }
        return s.span(m.fromToken(), to - 1);
    }

    private static boolean companyRightBefore(ParsedSentence s, int verb, Companies companies) {
        return subjectRightBefore(s, verb, companies) != null;
    }

    /**
     * A company mention right before the verb at {@code verb}, auxiliaries ("will", "plans to") and one
     * aside between commas allowed ("Netflix, which has 65 million members, will launch"); not a
     * pronoun, a relative or a coordinated verb ("which it launched", "showed and plans to launch"); a
     * name set off by commas right before the verb ("Its main rival, Netflix, opened"); else null.
     */
    private static CompanyMention subjectRightBefore(ParsedSentence s, int verb, Companies companies) {
        int p = verb - 1;
        while (p >= 0 && (BETWEEN_SUBJECT_AND_VERB.contains(s.lower(p)) && !RELATIVES.contains(s.lower(p))
                || isAdverb(s, p))) {
            p--;
        }
        if (s.lower(p).equals(",")) {
            CompanyMention apposed = companies.mentionEndingAt(s.index(), p);
            if (apposed != null && s.lower(apposed.fromToken() - 1).equals(",")) {
                // "Its main rival, Netflix, opened in Canada": the name set off by commas before the verb
                return apposed;
            }
            // one aside between commas: the subject stands before the comma that opens it
            for (int open = p - 1; open > 0 && open >= p - RELATIVE_ASIDE_REACH; open--) {
                if (s.lower(open).equals(",")) {
                    p = open - 1;
                    break;
                }
            }
        }
        return companies.mentionEndingAt(s.index(), p + 1);
    }

    /**
     * A subject's predicate shared by later names that keep only their time phrase: "the MI350 series
     * is planned for 2025, and the MI400 series for 2026"; "X follows on April 28, the fighting game
     * Y in the spring and Z in the summer". Each such name, its time phrase right after it (a product
     * noun may come between), is a product of the same maker.
     */
    private static List<Product> withElliptical(ParsedSentence s, Trigger t, List<Product> subjects,
                                                Companies companies, List<DateMention> dates) {
        if (subjects.size() != 1 || subjects.get(0).unnamed()) {
            return subjects;
        }
        Product first = subjects.get(0);
        // the subject's own time phrase is the first after its predicate begins
        int end = first.written() ? Math.min(first.end(), t.from()) : t.from();
        List<Product> out = new ArrayList<>(List.of(new Product(first.name(), first.company(), false, end)));
        int k = t.to();
        while (k < s.tokens().size() && !isEllipsisSeparator(s, k)) {
            if (CLAUSE_ENDS.contains(s.lower(k))) {
                return out;
            }
            k++;
        }
        while (k < s.tokens().size() && isEllipsisSeparator(s, k) && timeEndsAt(s, k - 1, dates)) {
            // each item closes with its own time phrase; "on iPhones and Android phones" is no list of products
            int j = k + 1;
            if (s.lower(k).equals(",") && s.lower(j).equals("and")) {
                j++;
            }
            int described = 0;
            while (described < 3 && s.token(j) != null && s.token(j).isWord() && !s.token(j).isCapitalised()
                    && !s.token(j).hasInnerCapital()) {
                j++;
                described++;
            }
            Chunk c = chunkAt(s, j);
            if (c == null || !isCandidate(s, c, companies)) {
                return out;
            }
            int after = Lexicon.PRODUCT_NOUNS.contains(s.lower(c.to())) ? c.to() + 1 : c.to();
            if (!timeAt(s, after, dates)) {
                return out;
            }
            out.add(new Product(c.text(), first.company(), false, after));
            k = after + 1;
            while (k < s.tokens().size() && !isEllipsisSeparator(s, k) && !CLAUSE_ENDS.contains(s.lower(k))) {
                k++;
            }
        }
        return out;
    }

    /** The product named before "built on", "based on", "powered by" … and the name {@code c} after it, or null. */
    private static Chunk modifiedBefore(ParsedSentence s, Chunk c, Companies companies) {
        int participle = c.from() - 2;
        if (!MODIFIER_PREPOSITIONS.contains(s.lower(c.from() - 1)) || !MODIFIERS.contains(s.lower(participle))) {
            return null;
        }
        Chunk head = chunkEndingAt(s, participle - 1);
        return head != null && isCandidate(s, head, companies) ? head : null;
    }

    private static final Set<String> MODIFIERS = Set.of(
            "built", "based", "powered", "running", "made", "developed", "trained", "designed");
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("on", "by", "with", "from");

    private static boolean isEllipsisSeparator(ParsedSentence s, int k) {
        return s.lower(k).equals(",") || s.lower(k).equals("and");
    }

    /** Whether a time phrase starts at token {@code k} or the one after it ("for 2026", "in the spring"). */
    private static boolean timeAt(ParsedSentence s, int k, List<DateMention> dates) {
        if (s.token(k) == null) {
            return false;
        }
        int from = s.token(k).start();
        int to = s.token(Math.min(k + 1, s.tokens().size() - 1)).start();
        return dates.stream().anyMatch(d -> d.start() >= from && d.start() <= to);
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "but", "while", "which", "who", "said");

    /** Whether a time phrase ends with token {@code k} ("… on April 28" before its comma). */
    private static boolean timeEndsAt(ParsedSentence s, int k, List<DateMention> dates) {
        return s.token(k) != null && dates.stream().anyMatch(d -> d.end() == s.token(k).end());
    }

    /**
     * A product and those coordinated with it ("the Pixel 8 and Pixel 8 Pro phones along with a new
     * Pixel Watch 2"), each item of a roadmap with its own time phrase ("the X in the fourth
     * quarter, the Y next year and the Z in 2026").
     */
    private static List<Product> coordinated(ParsedSentence s, Chunk first, Trigger t, Companies companies,
                                             List<DateMention> dates) {
        List<Product> out = new ArrayList<>();
        out.add(named(s, first, t, companies));
        int k = first.to();
        while (k < s.tokens().size()) {
            k = afterAside(s, afterDate(s, afterPrice(s, k), dates));
            int j = k;
            while (j < s.tokens().size() && (COORDINATION.contains(s.lower(j))
                    || Lexicon.PRODUCT_NOUNS.contains(s.lower(j)) && j == k || j > k && isComparative(s, j))) {
                j++;
            }
            if (j == k || !s.lower(j - 1).matches("and|,|with|well|a|an|the|new|its") && !isComparative(s, j - 1)) {
                break;
            }
            j = pastDescription(s, j);
            Chunk next = chunkAt(s, j);
            if (next == null || !isCandidate(s, next, companies)) {
                break;
            }
            out.add(named(s, next, t, companies));
            k = next.to();
        }
        return sharedOwner(s, out, companies);
    }

    /**
     * The closing comma of an aside that opens at {@code k} with a participle ("the X, priced from
     * $699, and the Y"), describes the name before in lower case ("the X, a cheaper phone, and the
     * Y", "the X and Y, rigid trucks for long hauls, and the Z") or is a relative clause that the
     * list goes on after ("the X, which adds a squeeze gesture, for $129, and the Y"), else {@code k}.
     */
    private static int afterAside(ParsedSentence s, int k) {
        Token opener = s.token(k + 1);
        if (!s.lower(k).equals(",") || opener == null || !opener.isWord() || opener.isCapitalised()) {
            return k;
        }
        if (RELATIVES.contains(opener.lower())) {
            int close = listGoesOn(s, k + 2);
            return close < 0 ? k : close;
        }
        int close = s.commaBefore(k + 2, k + ASIDE_REACH);
        if (close < 0) {
            return k;
        }
        if (opener.lower().endsWith("ed") || opener.lower().endsWith("ing")) {
            return close;
        }
        return s.lower(close + 1).equals("and") && lowerCaseBetween(s, k + 1, close) ? close : k;
    }

    /** The comma of the first ", and" from token {@code from} within the clause and reach; -1 if none. */
    private static int listGoesOn(ParsedSentence s, int from) {
        for (int j = from; j < Math.min(s.tokens().size() - 1, from + RELATIVE_ASIDE_REACH); j++) {
            if (CLAUSE_BREAKS.contains(s.lower(j))) {
                return -1;
            }
            if (s.lower(j).equals(",") && s.lower(j + 1).equals("and")) {
                return j;
            }
        }
        return -1;
    }

    private static final int RELATIVE_ASIDE_REACH = 16;
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", ".");

    /** The token after a price at {@code k} ("for $129", "from €299", "at $499"), else {@code k}. */
    private static int afterPrice(ParsedSentence s, int k) {
        Token sign = s.token(k + 1);
        Token number = s.token(k + 2);
        boolean price = PRICE_PREPOSITIONS.contains(s.lower(k)) && sign != null && MoneyParser.isCurrencySign(sign.text())
                && number != null && number.kind() == Token.Kind.NUMBER;
        return price ? k + 3 : k;
    }

    private static final Set<String> PRICE_PREPOSITIONS = Set.of("for", "from", "at");

    private static boolean lowerCaseBetween(ParsedSentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (s.token(j).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    private static final int ASIDE_REACH = 10;

    /** "a thinner iPad Pro and a larger iPad Air": a comparative in lower case before a coordinated name. */
    private static boolean isComparative(ParsedSentence s, int k) {
        Token token = s.token(k);
        String w = token.lower();
        return token.isWord() && !token.isCapitalised() && w.length() > 4 && (w.endsWith("er") || w.endsWith("est"))
                && !OBJECT_STOPS.contains(w);
    }

    /** After "for India", "in Brazil" at {@code k} ("its first car for India on Thursday, the Seltos"), else {@code k}. */
    private static int afterPlace(ParsedSentence s, int k) {
        if (!s.lower(k).equals("for") && !s.lower(k).equals("in")) {
            return k;
        }
        int place = Lexicon.PLACES.matchAt(s.tokens(), k + 1);
        return place > 0 ? k + 1 + place : k;
    }

    /** The token after a time phrase starting at token {@code k}, else {@code k}. */
    private static int afterDate(ParsedSentence s, int k, List<DateMention> dates) {
        for (int words = 0; words <= DESCRIPTION_BEFORE_DATE; words++) {
            // "the I.D. Nova compact in 2025 and …": a kind in lower case may stand between a name and its date
            Token word = s.token(k + words - 1);
            if (words > 0 && (word == null || !word.isWord() || word.isCapitalised() || COORDINATION.contains(word.lower()))) {
                break;
            }
            for (DateMention d : dates) {
                if (s.tokenFrom(d.start()) == k + words) {
                    return s.tokenAt(d.end() - 1) + 1;
                }
            }
        }
        return k;
    }

    private static final int DESCRIPTION_BEFORE_DATE = 2;

    private static final Set<String> PRONOUNS = Set.of("it", "them");
    /** The reporting verb of a second clause whose "it" is the product the first one named ("and said it would"). */
    private static final Set<String> REPORTING_AFTER_AND = Set.of("said", "says", "added", "announced", "confirmed");
    private static final Set<String> ACTOR_PRONOUNS = Set.of("it", "they", "we");
    private static final Set<String> RELATIVES = Set.of("which", "that");
    private static final Set<String> DISTRIBUTIVES = Set.of("both", "all", "each");
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "its", "their", "own", "new", "a", "an");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019");

    /** A lower-case adverb in "-ly" between a subject and its verb ("formally launches"). */
    private static boolean isAdverb(ParsedSentence s, int k) {
        Token token = s.token(k);
        return token.isWord() && !token.isCapitalised() && token.lower().length() > 4 && token.lower().endsWith("ly");
    }

    private static final Set<String> COORDINATION = Set.of(
            "and", ",", "along", "with", "as", "well", "a", "an", "the", "new", "its", "plus");

    /** The names listed right after the trigger ("included X, Y and Z"). */
    private static List<Product> listAfter(ParsedSentence s, Trigger t, Companies companies) {
        List<Product> out = new ArrayList<>();
        int k = t.to();
        while (k < s.tokens().size()) {
            Chunk c = chunkAt(s, k);
            if (c == null || !isCandidate(s, c, companies)) {
                break;
            }
            out.add(named(s, c, t, companies));
            k = c.to();
            while (s.lower(k).equals(",") || s.lower(k).equals("and") || s.lower(k).equals("or")) {
                k++;
            }
        }
        return out;
    }

    private static boolean isPassive(ParsedSentence s, Trigger t) {
        String before = s.lower(t.from() - 1);
        // "was putting off the launch of X" is active
        return !t.noun() && !s.lower(t.from()).endsWith("ing") && (before.equals("be") || before.equals("been") || before.equals("being")
                || before.equals("was") || before.equals("were") || before.equals("is") && s.lower(t.from()).endsWith("ed"));
    }

    private static List<Product> object(ParsedSentence s, Trigger t, Companies companies, LaunchMemory memory,
                                        List<DateMention> dates) {
        int k = t.to();
        if (t.noun() && (s.lower(k).equals("of") || s.lower(k).equals("for"))) {
            k++;
        }
        int phraseStart = k;
        for (int j = k; j < Math.min(s.tokens().size(), k + 9); j++) {
            Chunk c = chunkAt(s, j);
            if (c != null && c.possessive() && chunkAt(s, c.to()) == null && !isCompany(s, c, companies)
                    && namedAhead(s, c.to(), k + 9, companies)) {
                // "its Alzheimer's disease treatment Leqembi": the possessive only describes the product
                j = c.to() - 1;
                continue;
            }
            if (c != null && isCandidate(s, c, companies)) {
                // "its own eVTOL aircraft, the Skyhopper": the name in apposition, not the kind before the noun
                Chunk apposed = Lexicon.PRODUCT_NOUNS.contains(s.lower(c.to()))
                        ? apposedName(s, c.to() + 1, companies) : null;
                return coordinated(s, apposed != null ? apposed : c, t, companies, dates);
            }
            if (c != null && companies.kindOf(c) == NameKind.COMPANY && c.possessive()) {
                j = c.to() - 1;
                continue;
            }
            String w = s.lower(j);
            Chunk afterComma = w.equals(",") && j > k ? apposedName(s, j, companies) : null;
            if (afterComma != null) {
                // "its own electric van, the Kestrel Volt,"; "its first scooters, the S1 and the S1 Pro"
                return coordinated(s, afterComma, t, companies, dates);
            }
            Product successor = SUCCESSORS.contains(w) ? successor(s, j, t, companies) : null;
            if (successor != null) {
                return List.of(successor);
            }
            // "a buy-now-pay-later service": every word of a hyphened compound, the last too
            boolean hyphenated = s.lower(j + 1).equals("-") || s.lower(j - 1).equals("-") && j > k;
            if (OBJECT_STOPS.contains(w) && !hyphenated && !(w.equals("of") && j > k) && !(t.noun() && w.equals("of"))) {
                break;
            }
            Chunk ofNamed = s.lower(j + 1).equals("of") ? chunkAt(s, j + 2) : null;
            if (Lexicon.PRODUCT_NOUNS.contains(w) && ofNamed != null && isCandidate(s, ofNamed, companies)) {
                // "an experimental version of Gemini Pro", "a preview of X": the named product
                return coordinated(s, ofNamed, t, companies, dates);
            }
            if (PRONOUNS.contains(w) && j == k) {
                // "X, the laptop chip …, is ready; the company will launch it on May 3": the product
                // the sentence opens with, else the one named last
                Chunk topic = s.chunks().isEmpty() ? null : s.chunks().get(0);
                if (w.equals("it") && topic != null && topic.from() == 0 && topic.to() <= t.from()
                        && isCandidate(s, topic, companies) && companies.kindOf(topic) == NameKind.PRODUCT) {
                    return List.of(named(s, topic, t, companies));
                }
                Chunk earlier = w.equals("it") ? introducedBefore(s, t.from(), companies) : null;
                if (earlier != null) {
                    // "has not yet brought its drug Breezon to Brazil but aims to launch it this year"
                    return List.of(named(s, earlier, t, companies));
                }
                return memory.recentProducts(s, t.from(), w.equals("them"));
            }
            if (isHead(w)) {
                int name = nameAfterNaming(s, j + 1);
                Chunk called = name > 0 ? chunkAt(s, name) : null;
                if (called != null && isCandidate(s, called, companies)) {
                    // "a model code-named Orion", "a new service called Streamo": the name is the product
                    return coordinated(s, called, t, companies, dates);
                }
                Chunk apposed = chunkAt(s, j + 1);
                if (j + 1 < s.tokens().size() && Lexicon.PRODUCT_NOUNS.contains(s.lower(j + 1))
                        || apposed != null && isCandidate(s, apposed, companies) || nounBeforeHead(s, j + 1)) {
                    continue;
                }
                Chunk named = apposedName(s, afterDate(s, afterPlace(s, afterOwn(s, j + 1)), dates), companies);
                if (named == null) {
                    // "a generic version of the blood thinner apixaban, sold as Apixa-G,"
                    named = soldAsAfter(s, j + 1, companies);
                }
                if (named != null) {
                    // "its own weight-loss drug, Zepbound,"
                    return coordinated(s, named, t, companies, dates);
                }
                List<Product> examples = examples(s, j + 1, t, companies, dates);
                if (examples.isEmpty()) {
                    examples = namedAfterColon(s, j + 1, t, companies);
                }
                return examples.isEmpty() ? phrase(s, phraseStart, j, t, companies, memory) : examples;
            }
            if ((w.equals("launch") || w.equals("release")) && !s.lower(j + 1).equals("of")) {
                return reference(s, j, false, t, companies, memory, true);
            }
        }
        return List.of();
    }

    /**
     * "will not unveil a successor to its PlayStation 3 console": the product that follows a named
     * one, unnamed, or null when no product name follows "successor to".
     */
    private static Product successor(ParsedSentence s, int k, Trigger t, Companies companies) {
        if (!s.lower(k + 1).equals("to")) {
            return null;
        }
        int name = k + 2;
        if (PREDECESSOR_OPENERS.contains(s.lower(name))) {
            name++;
        }
        Chunk of = chunkAt(s, name);
        if (of == null || !isCandidate(s, of, companies)) {
            return null;
        }
        return new Product(s.lower(k) + " to " + of.text(), subjectCompany(s, t, companies), true, of.to());
    }

    static final Set<String> SUCCESSORS = Set.of("successor", "successors");
    private static final Set<String> PREDECESSOR_OPENERS = Set.of("the", "its", "their");

    /**
     * "three new models, among them the VX 6 and VX 7", "new titles this year, including X and Y": the
     * named examples of a kind, from the comma at {@code comma} (or after a time phrase there); none
     * when no such list follows.
     */
    private static List<Product> examples(ParsedSentence s, int comma, Trigger t, Companies companies,
                                          List<DateMention> dates) {
        int at = afterDate(s, comma, dates);
        if (!s.lower(at).equals(",")) {
            return List.of();
        }
        int k = at + 1;
        if (s.lower(k).equals("including") || s.lower(k).equals("such") && s.lower(k + 1).equals("as")) {
            k += s.lower(k).equals("such") ? 2 : 1;
        } else if (s.lower(k).equals("among") && s.lower(k + 1).equals("them")) {
            k += 2;
        } else {
            return List.of();
        }
        while (SUBJECT_DETERMINERS.contains(s.lower(k)) || s.token(k) != null && s.token(k).isWord()
                && !s.token(k).isNamelike() && s.lower(k).endsWith("er")) {
            // "the smaller VX 6": a determiner and a comparative before the first name
            k++;
        }
        Chunk first = chunkAt(s, k);
        return first != null && isCandidate(s, first, companies) ? coordinated(s, first, t, companies, dates) : List.of();
    }

    /**
     * "unveiled its first cars at the Paris show on Tuesday: a sedan called the Lux A2.0 and an SUV
     * called the Lux SA2.0": the names given after a colon that ends the clause of a described
     * product; none when no colon comes within a few words or nothing after it is named so.
     */
    private static List<Product> namedAfterColon(ParsedSentence s, int from, Trigger t, Companies companies) {
        int colon = -1;
        for (int k = from; k < Math.min(s.tokens().size(), from + COLON_REACH); k++) {
            if (s.lower(k).equals(":")) {
                colon = k;
                break;
            }
            if (s.token(k).isPunct() && !s.lower(k).equals("-")) {
                return List.of();
            }
        }
        if (colon < 0) {
            return List.of();
        }
        int first = s.lower(colon + 1).equals("the") ? colon + 2 : colon + 1;
        Chunk listed = chunkAt(s, first);
        List<Product> members = listed != null && isCandidate(s, listed, companies)
                ? coordinated(s, listed, t, companies, List.of()) : List.of();
        if (members.size() > 1) {
            // "three new laptops: the Aero 13, the Aero 15 and the Aero 17": the kind's members, listed
            // (one name alone may open a clause of its own: "its centrepiece: Halo Infinite, …, was pushed back")
            return members;
        }
        List<Product> out = new ArrayList<>();
        for (int k = colon + 1; k < s.tokens().size() && !s.lower(k).equals(";"); k++) {
            int name = nameAfterNaming(s, k);
            Chunk called = name > 0 ? chunkAt(s, name) : null;
            if (called != null && isCandidate(s, called, companies)) {
                out.add(named(s, called, t, companies));
                k = called.to() - 1;
            }
        }
        return out;
    }

    private static final int COLON_REACH = 12;

    /**
     * "…are planned: the Ioniq 6, a saloon …, in 2022, and the Ioniq 7, a large SUV, in 2024": the
     * names that open the items of a list after a colon (after ":", "and" or ";", an article
     * allowed), each to be dated by the time phrase after it; names inside the items' appositions
     * are left out.
     */
    private static List<Product> itemsAfterColon(ParsedSentence s, int colon, Trigger t, Companies companies,
                                                 List<DateMention> dates) {
        List<Product> out = new ArrayList<>();
        for (Chunk c : s.chunks()) {
            if (c.from() <= colon) {
                continue;
            }
            int k = c.from() - 1;
            if (s.lower(k).equals("the")) {
                k--;
            }
            boolean opensItem = k == colon || s.lower(k).equals(";") || s.lower(k).equals("and") && s.lower(k - 1).equals(",")
                    || (s.lower(k).equals(",") || s.lower(k).equals("and")) && dateEndsAt(s, k, dates)
                    // "… X on Jan. 29 and includes Y on May 21"
                    || LIST_VERBS.contains(s.lower(k)) && s.lower(k - 1).equals("and") && dateEndsAt(s, k - 1, dates);
            if (opensItem && isCandidate(s, c, companies)) {
                out.add(named(s, c, t, companies));
            }
        }
        return out;
    }

    private static final int DESCRIPTION_WORDS = 3;
    private static final Set<String> LIST_VERBS = Set.of("includes", "include", "including");

    /**
     * Where the name starts after a short description of a list's next item: "and the large-screen Redmi
     * Note", "and the racing game F-Zero" (lower-case words, hyphens, a product noun last); {@code k}
     * when no name follows such words.
     */
    private static int pastDescription(ParsedSentence s, int k) {
        if (chunkAt(s, k) != null) {
            return k;
        }
        boolean hyphenated = false;
        for (int j = k; j < k + DESCRIPTION_WORDS * 2 && s.token(j) != null; j++) {
            Token token = s.token(j);
            if (token.isCapitalised()) {
                return j > k && chunkAt(s, j) != null && (hyphenated || Lexicon.PRODUCT_NOUNS.contains(s.lower(j - 1))) ? j : k;
            }
            if (!token.isWord() && !token.text().equals("-")) {
                return k;
            }
            hyphenated |= token.text().equals("-");
        }
        return k;
    }

    /** The token after "of its own" ("two games of its own on Wednesday, X and Y") at {@code k}, else {@code k}. */
    private static int afterOwn(ParsedSentence s, int k) {
        return s.lower(k).equals("of") && (s.lower(k + 1).equals("its") || s.lower(k + 1).equals("their"))
                && s.lower(k + 2).equals("own") ? k + 3 : k;
    }

    /** "X on March 24, Y on April 28": whether a date phrase ends right before token {@code k}. */
    private static boolean dateEndsAt(ParsedSentence s, int k, List<DateMention> dates) {
        Token before = s.token(k - 1);
        return before != null && dates.stream().anyMatch(d -> d.end() == before.end());
    }

    /** The product name in apposition after the comma at {@code comma} ("…, the Kestrel Volt"), or null. */
    private static Chunk apposedName(ParsedSentence s, int comma, Companies companies) {
        if (!s.lower(comma).equals(",")) {
            return null;
        }
        int k = comma + 1;
        if (SOLD_AS.contains(s.lower(k)) && s.lower(k + 1).equals("as")) {
            // "a generic version of apixaban, sold as Apixa-G,"
            k += 2;
        } else if (OBJECT_NAMING.contains(s.lower(k))) {
            k++;
        }
        Chunk named = chunkAt(s, pastArticle(s, k));
        return named != null && isCandidate(s, named, companies) ? named : null;
    }

    private static final Set<String> TIME_CLAUSES = Set.of("when", "once", "after", "before", "until", "if");
    /** "did not say when it would go on sale": a question put indirectly, no time clause. */
    private static final Set<String> ASKING = Set.of(
            "say", "said", "says", "know", "knows", "disclose", "disclosed", "specify", "reveal", "tell", "asked");
    private static final Set<String> SOLD_AS = Set.of("sold", "marketed", "branded", "known");

    /** The name after ", sold as" (or "marketed as", "branded as") within a few words of {@code from}, or null. */
    private static Chunk soldAsAfter(ParsedSentence s, int from, Companies companies) {
        for (int k = from; k < Math.min(s.tokens().size() - 2, from + 8); k++) {
            if (s.lower(k).equals(",")) {
                return SOLD_AS.contains(s.lower(k + 1)) && s.lower(k + 2).equals("as") ? apposedName(s, k, companies) : null;
            }
            if (s.lower(k).equals(";") || s.lower(k).equals(".")) {
                return null;
            }
        }
        return null;
    }

    /** Where the name starts after "called", "dubbed", "codenamed" or "code-named" at {@code k}, past "the"; -1 if none. */
    private static int nameAfterNaming(ParsedSentence s, int k) {
        if (OBJECT_NAMING.contains(s.lower(k))) {
            return pastArticle(s, k + 1);
        }
        boolean codeNamed = s.lower(k).equals("code") && s.lower(k + 1).equals("-") && s.lower(k + 2).equals("named");
        return codeNamed ? pastArticle(s, k + 3) : -1;
    }

    /** {@code k}, or the token after it when it is "the": "a processor called the Vera CPU" keeps its article. */
    private static int pastArticle(ParsedSentence s, int k) {
        return s.lower(k).equals("the") ? k + 1 : k;
    }

    /** A product kind in the plural ("chips", "phones", "SUVs"), as written after a product's name. */
    static boolean isPluralKind(String w) {
        return w.length() > 2 && w.endsWith("s") && (isHead(w) || isHead(w.substring(0, w.length() - 1)));
    }

    /**
     * A noun that heads a product phrase: a product noun, a reference ("product"), one of the
     * launch-only heads ("credit card", "ad-supported tier", "obesity pill"), read here and not by
     * the company cues, or a shop's ("its first restaurant", {@link Trigger#STORE_HEADS}).
     */
    private static boolean isHead(String w) {
        return Lexicon.PRODUCT_NOUNS.contains(w) || Lexicon.PRODUCT_REFERENCES.contains(w) || PHRASE_HEADS.contains(w)
                || Trigger.STORE_HEADS.contains(w);
    }

    private static final Set<String> PHRASE_HEADS = Set.of(
            "card", "wallet", "tier", "motorcycle", "motorcycles", "satellite", "satellites", "treatment", "pill",
            "medicine", "biosimilar", "account", "loan", "loans", "mortgage", "bank", "insurance");

    /** "delivery" in "drone delivery service": a lower-case word between two product nouns of one compound. */
    private static boolean nounBeforeHead(ParsedSentence s, int k) {
        Token t = s.token(k);
        return t != null && t.isWord() && !t.isCapitalised() && !OBJECT_STOPS.contains(t.lower())
                && !COORDINATION.contains(t.lower()) && !t.lower().equals("or") && isHead(s.lower(k + 1));
    }

    private static List<Product> subject(ParsedSentence s, Trigger t, Companies companies, LaunchMemory memory) {
        int p = t.from() - 1;
        while (p >= 0 && (BETWEEN_SUBJECT_AND_VERB.contains(s.lower(p)) || isAdverb(s, p) || s.token(p).possessive() && t.noun()
                && chunkEndingAt(s, p) != null && isCandidate(s, chunkEndingAt(s, p), companies))) {
            Chunk owner = chunkEndingAt(s, p);
            if (owner != null && s.token(p).possessive() && isCandidate(s, owner, companies)) {
                return List.of(named(s, owner, t, companies));
            }
            p--;
        }
        int shared = s.lower(p).equals("and") && p + 1 < t.from() ? sharedSubjectEnd(s, p) : -1;
        if (shared >= 0) {
            // "All of the new products can be ordered from Tuesday and will be in stores on May 15":
            // the second verb of a subject that both verbs share
            p = shared;
        }
        if (p < 0) {
            return List.of();
        }
        int pronoun = s.lower(p).equals("and") ? coordinatedPronoun(s, p) : -1;
        if (pronoun > 0 && Lexicon.PRODUCT_NOUNS.contains(s.lower(pronoun - 1))) {
            // "the Volt, the small car it unveiled in January and plans to start selling this year":
            // the reduced relative's second verb
            Product reduced = reducedRelative(s, pronoun, null, t, companies);
            if (reduced != null) {
                return List.of(reduced);
            }
        }
        if (s.lower(p).equals("it") && TIME_CLAUSES.contains(s.lower(p - 1)) && !ASKING.contains(s.lower(p - 2))) {
            // "the Model 9 is expected to cost $25,000 when it launches in 2026": the main clause's product
            Chunk main = lastCandidateBefore(s, p - 2, companies, c -> !isCompany(s, c, companies));
            return main == null ? List.of() : List.of(named(s, main, t, companies));
        }
        boolean plural = false;
        if (s.lower(p).equals("of") && s.lower(p + 1).equals("which") && DISTRIBUTIVES.contains(s.lower(p - 1))) {
            // "X and Y, both of which arrived in September"
            p -= 2;
            plural = true;
        } else if (DISTRIBUTIVES.contains(s.lower(p)) && s.lower(p - 1).equals(",")) {
            // "X and Y, both released on December 5"
            p--;
            plural = true;
        } else if (DISTRIBUTIVES.contains(s.lower(p)) && BETWEEN_SUBJECT_AND_VERB.contains(s.lower(p - 1))) {
            // "X and Y chips are both due later this year"
            p--;
            while (p >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(s.lower(p))) {
                p--;
            }
            plural = true;
        }
        if (p < 0) {
            return List.of();
        }
        if (!plural && s.lower(p).equals("it") && REPORTING_AFTER_AND.contains(s.lower(p - 1)) && s.lower(p - 2).equals("and")) {
            // "unveiled the X on Monday, a handheld that plays games from its Y store, and said it would go on sale
            // on June 24": the first product the sentence named, the first clause's object
            Chunk first = firstCandidate(s, p, companies);
            return first != null ? List.of(named(s, first, t, companies)) : memory.recentProducts(s, p, false);
        }
        if (!plural && s.lower(p).equals("it") && (p == 0 || s.lower(p - 1).equals(";"))) {
            // "The X, built around a Y chip, … It goes on sale in September": the product the sentence
            // before opened on, else the product named last
            List<Product> subject = memory.openingProduct(s);
            return subject.isEmpty() ? memory.recentProducts(s, p, false) : subject;
        }
        if (!plural && s.lower(p).equals("they") && (p == 0 || s.lower(p - 1).equals(";"))) {
            // "They go on sale in July": the products named last, when there are several, or the one
            // named in the plural ("unveiled its X5 chips")
            List<Product> recent = memory.recentLaunchedProducts(s, p);
            return recent.size() < 2 ? memory.namedInPlural(s, p, null) : unpaired(recent);
        }
        int referred = plural ? -1 : pluralReference(s, p);
        if (referred >= 0) {
            // "All four models go on sale on Friday", "Both arrive in stores on June 18": the products
            // the last sentences had as their subjects, else those named last
            List<Product> products = memory.subjectProducts(s, p, referred);
            if (products.isEmpty()) {
                List<Product> recent = memory.recentLaunchedProducts(s, p);
                int n = referred == 0 ? recent.size() : referred;
                products = recent.size() < Math.max(2, n) ? List.of() : recent.subList(recent.size() - n, recent.size());
            }
            if (products.isEmpty() && referred == 0) {
                // "unveiled the X5 chips on Monday … The chips go on sale in July": one product, named in the plural
                products = memory.namedInPlural(s, p, s.lower(p));
            }
            return unpaired(products);
        }
        int reportedComma = reportedRelativeComma(s, p, companies);
        Chunk reportedHead = reportedComma < 0 ? null : headBefore(s, reportedComma, companies);
        if (reportedHead != null) {
            // "Nintendo's Wii, which Nintendo has said will be in shops by December": the relative's head
            return List.of(named(s, reportedHead, t, companies));
        }
        if (reportedComma > 0 && Lexicon.PRODUCT_NOUNS.contains(s.lower(reportedComma - 1))) {
            // "showed a colour hand-held console, which it said would reach stores this fall": a
            // product described, not named, heads the relative
            return phrase(s, nounPhraseStart(s, reportedComma - 1), reportedComma - 1, t, companies, memory);
        }
        Chunk actor = chunkEndingAt(s, p);
        Product reduced = reducedRelative(s, p, actor, t, companies);
        if (reduced != null) {
            return List.of(reduced);
        }
        int from = actor == null ? -1 : makerFrom(s, actor, companies);
        if (from > 0) {
            // "The X from Kestrel Inc goes on sale", "its X game from Sims creator Dana Whitfield will reach
            // shelves": the product before "from" (and, before a person, its noun), made by the one after it
            boolean person = from < actor.from() - 1;
            int end = person && Lexicon.PRODUCT_NOUNS.contains(s.lower(from - 1)) ? from - 2 : from - 1;
            Chunk made = chunkEndingAt(s, end);
            if (made != null && isCandidate(s, made, companies)) {
                return List.of(named(s, made, t, companies));
            }
        }
        if (actor != null && isCompany(s, actor, companies) && RELATIVES.contains(s.lower(actor.from() - 1))
                && s.lower(actor.from() - 2).equals(",")) {
            // "the X model, which OpenAI released on Tuesday": the relative's head is the object
            Chunk head = candidateBefore(s, actor.from() - 2, companies);
            if (head != null) {
                return List.of(named(s, head, t, companies));
            }
        }
        List<Product> listed = plural && s.lower(p).equals(",") ? listedBefore(s, p, t, companies) : List.of();
        if (listed.size() > 1) {
            return unpaired(listed);
        }
        if (plural && s.lower(p).equals(",")) {
            Chunk head = headBefore(s, p, companies);
            if (head != null) {
                return unpaired(coordinatedBefore(s, head, t, companies));
            }
        }
        if (ACTOR_PRONOUNS.contains(s.lower(p)) && RELATIVES.contains(s.lower(p - 1)) && s.lower(p - 2).equals(",")) {
            // "the X, a phone that folds in three, which it launches on Tuesday": the relative's head is the object
            Chunk head = headBefore(s, p - 2, companies);
            if (head != null) {
                return List.of(named(s, head, t, companies));
            }
        }
        if (s.lower(p).equals("and") && p == t.from() - 1 && relativeBefore(s, p) < 0) {
            // "The X and the Y have been on pre-order since May 20 and arrive in stores on June 18":
            // a second predicate of the sentence's subject
            Chunk subject = sentenceSubject(s, companies);
            if (subject != null && subject.to() < p) {
                return unpaired(coordinated(s, subject, t, companies, List.of()));
            }
        }
        if (s.lower(p).equals("and") || s.lower(p).equals("but")) {
            // "the X, which carries 288 GB of memory and will be available …", "the X, which will cost
            // $999 and arrive in October": the predicate's subject is the relative's head
            int relative = relativeBefore(s, p);
            Chunk head = relative < 0 ? null : headBefore(s, relative - 1, companies);
            if (head != null) {
                return List.of(named(s, head, t, companies));
            }
        }
        if (s.lower(p).equals(",")) {
            Chunk before = headBefore(s, p, companies);
            if (before != null) {
                List<Product> apposed = apposedItemsBefore(s, before, t, companies);
                List<Product> inApposition = apposed.size() == 1 ? coordinatedBefore(s, before, t, companies) : List.of();
                // "its first smartphones, the Nokia 3, Nokia 5 and Nokia 6, will go on sale": a list that is the
                // apposition (not one inside it: "a service with films from the likes of A, B and C")
                return inApposition.size() > 1 && listIsSubject(s, inApposition.get(0)) ? unpaired(inApposition) : apposed;
            }
            Chunk first = firstCandidate(s, t.from(), companies);
            return first == null ? List.of() : List.of(named(s, first, t, companies));
        }
        int placed = Trigger.newPlaceBefore(s, t.from());
        if (placed >= 0) {
            // "A store at the Palladium mall in Mumbai will open in the coming weeks, Inditex said"
            return List.of(new Product(s.span(placed + 1, p), subjectCompany(s, t, companies), true, p + 1));
        }
        int start = nounPhraseStart(s, p);
        for (int j = p; j >= start; j--) {
            Chunk c = chunkEndingAt(s, j);
            Chunk modified = c == null ? null : modifiedBefore(s, c, companies);
            if (modified != null) {
                // "a new version of Voice Mode built on GPT-4o would reach …": the head, not what it is built on
                c = modified;
            }
            if (c != null && isCandidate(s, c, companies)) {
                // "its X and Y vans would arrive", "the X and Y snacks that went on sale": each of a coordinated subject
                return unpaired(coordinatedBefore(s, c, t, companies));
            }
            if (c != null) {
                break;
            }
        }
        if (Lexicon.PRODUCT_NOUNS.contains(s.lower(p)) || Lexicon.PRODUCT_REFERENCES.contains(s.lower(p))) {
            return phrase(s, start, p, t, companies, memory);
        }
        return List.of();
    }

    /** Where the noun phrase ending at {@code p} may begin: after a clause mark, at most eight words back. */
    private static int nounPhraseStart(ParsedSentence s, int p) {
        int start = p;
        while (start > 0 && !NOUN_PHRASE_STOPS.contains(s.lower(start - 1)) && p - start < 8) {
            start--;
        }
        return start;
    }

    /**
     * The comma before "which" of a relative clause whose subject reports the launch ("Nintendo's Wii,
     * which Nintendo has said will be in shops by December", "…, which it said would reach stores this
     * fall"), or -1; {@code p} is the reporting verb. The product is the relative's head.
     */
    private static int reportedRelativeComma(ParsedSentence s, int p, Companies companies) {
        if (!REPORTED.contains(s.lower(p))) {
            return -1;
        }
        int q = p - 1;
        while (q >= 0 && PERFECT.contains(s.lower(q))) {
            q--;
        }
        Chunk reporter = chunkEndingAt(s, q);
        if (reporter != null && isCompany(s, reporter, companies)) {
            q = reporter.from() - 1;
        } else if (ACTOR_PRONOUNS.contains(s.lower(q))) {
            q--;
        } else {
            return -1;
        }
        return RELATIVES.contains(s.lower(q)) && s.lower(q - 1).equals(",") ? q - 1 : -1;
    }

    /**
     * The actor pronoun of the clause that "and" at {@code and} joins a second verb to ("it unveiled
     * in January and plans …"): "it" or "they" right before a past verb, with no clause break
     * before "and"; -1 if none.
     */
    private static int coordinatedPronoun(ParsedSentence s, int and) {
        for (int k = and - 1; k > 0 && k >= and - COORDINATED_REACH; k--) {
            if (s.token(k).isPunct()) {
                return -1;
            }
            Token verb = s.token(k + 1);
            if (ACTOR_PRONOUNS.contains(s.lower(k)) && verb.isWord() && verb.lower().endsWith("ed")) {
                return k;
            }
        }
        return -1;
    }

    private static final int COORDINATED_REACH = 8;

    /**
     * Where the subject ends when "and" at {@code and} joins a second verb to a first one of the same
     * subject ("X can be ordered from Tuesday and will be in stores …"): the token before the first
     * verb's auxiliaries; -1 when no auxiliary opens a verb phrase within reach without a punctuation
     * mark between.
     */
    private static int sharedSubjectEnd(ParsedSentence s, int and) {
        for (int k = and - 1; k > 0 && k >= and - COORDINATED_REACH; k--) {
            if (s.token(k).isPunct()) {
                return -1;
            }
            if (FIRST_VERB_AUXILIARIES.contains(s.lower(k))) {
                int first = k;
                while (first > 0 && (FIRST_VERB_AUXILIARIES.contains(s.lower(first - 1)) || isAdverb(s, first - 1))) {
                    first--;
                }
                return first - 1;
            }
        }
        return -1;
    }

    private static final Set<String> FIRST_VERB_AUXILIARIES = Set.of(
            "can", "will", "would", "could", "should", "may", "might", "is", "are", "was", "were", "be", "been",
            "has", "have", "had");

    private static final Set<String> REPORTED = Set.of("said", "says", "say", "expects", "expect", "hopes", "promised");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /**
     * "X, the payment system Kora Inc introduced last year", "X, the small car it unveiled in
     * January": a relative clause without "which" whose subject is a company (or "it") after a
     * description of the product named before the comma; the product is X, its maker that company.
     */
    private static Product reducedRelative(ParsedSentence s, int p, Chunk actor, Trigger t, Companies companies) {
        boolean pronoun = actor == null && ACTOR_PRONOUNS.contains(s.lower(p));
        if (!pronoun && (actor == null || !isCompany(s, actor, companies))) {
            return null;
        }
        int k = pronoun ? p - 1 : actor.from() - 1;
        if (!Lexicon.PRODUCT_NOUNS.contains(s.lower(k)) && !Lexicon.PRODUCT_REFERENCES.contains(s.lower(k))) {
            return null;
        }
        int limit = k - 6;
        while (k > 0 && k > limit && !SUBJECT_DETERMINERS.contains(s.lower(k))) {
            if (s.token(k).isPunct() && !s.lower(k).equals("-") || s.token(k).isCapitalised() && !s.token(k).isAcronym()) {
                return null;
            }
            k--;
        }
        if (!SUBJECT_DETERMINERS.contains(s.lower(k)) || !s.lower(k - 1).equals(",")) {
            return null;
        }
        Chunk head = candidateBefore(s, k - 1, companies);
        if (head == null) {
            return null;
        }
        Product product = named(s, head, t, companies);
        String maker = pronoun ? subjectCompany(s, t, companies) : companies.canonical(actor.text()).orElse(null);
        return new Product(product.name(), maker == null ? product.company() : maker, false, head.to());
    }

    /**
     * How many products a plural subject ending at token {@code p} refers back to: "both" → 2,
     * "all four models", "the two phones" → the count, "the new devices", "all of them" → 0 (as many
     * as the last sentence named); -1 when the subject is no such reference. The reference has to
     * open its clause.
     */
    private static int pluralReference(ParsedSentence s, int p) {
        int start = p;
        while (start > 0 && !CLAUSE_OPENERS.contains(s.lower(start - 1)) && p - start < 4) {
            start--;
        }
        if (start > 0 && !CLAUSE_OPENERS.contains(s.lower(start - 1))) {
            return -1;
        }
        String first = s.lower(start);
        if (start == p) {
            return first.equals("both") ? 2 : -1;
        }
        if (start + 2 == p && first.equals("all") && s.lower(start + 1).equals("of") && s.lower(p).equals("them")) {
            return 0;
        }
        String noun = s.lower(p);
        if (!REFERENCE_OPENERS.contains(first) || !noun.endsWith("s") || !isHead(noun)
                && !isHead(noun.substring(0, noun.length() - 1))) {
            // "both scooters", "all the products": the plural of any product noun or reference
            return -1;
        }
        int count = first.equals("both") ? 2 : 0;
        for (int j = start + 1; j < p; j++) {
            Token token = s.token(j);
            Integer n = COUNTS.get(token.lower());
            if (n != null) {
                count = n;
            } else if (!token.isWord() || token.isCapitalised() || token.possessive()
                    || INTRODUCING.contains(token.lower()) && first.equals("the")) {
                // "the company's first two phones", "the new phones" introduce products, they do not
                // refer to them; "all of the new products", "both new phones" do
                return -1;
            }
        }
        return count;
    }

    private static final Set<String> REFERENCE_OPENERS = Set.of("all", "both", "the", "these", "those");
    private static final Set<String> INTRODUCING = Set.of("first", "new");
    /** Counts written before a plural ("two phones", "4 models"). */
    static final Map<String, Integer> COUNTS = Map.of(
            "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "2", 2, "3", 3, "4", 4, "5", 5);

    /**
     * The last product this sentence introduces before {@code before} with its kind ("its drug Breezon"),
     * or null.
     */
    private static Chunk introducedBefore(ParsedSentence s, int before, Companies companies) {
        return lastCandidateBefore(s, before, companies, c -> Lexicon.PRODUCT_NOUNS.contains(s.lower(c.from() - 1))
                || companies.kindOf(c) == NameKind.PRODUCT || kindAfterOwner(s, c.from()));
    }

    /** The last name ending at or before token {@code end} that can be a product and passes {@code test}, or null. */
    private static Chunk lastCandidateBefore(ParsedSentence s, int end, Companies companies, Predicate<Chunk> test) {
        Chunk found = null;
        for (Chunk c : s.chunks()) {
            if (c.to() <= end && isCandidate(s, c, companies) && test.test(c)) {
                found = c;
            }
        }
        return found;
    }

    /**
     * What "deliveries would begin in January" or "he expects production to start in 2025" is about:
     * the last product named before in the sentence, else the last launch of the company in focus.
     */
    private static List<Product> startedProduct(ParsedSentence s, Trigger t, Companies companies, LaunchMemory memory) {
        Chunk named = lastCandidateBefore(s, t.from(), companies, c -> !isCompany(s, c, companies));
        if (named != null) {
            return List.of(named(s, named, t, companies));
        }
        String company = subjectCompany(s, t, companies);
        Product last = memory.lastLaunchOf(company != null ? company : companies.focus(s.index()));
        return last == null ? List.of() : List.of(last);
    }

    /**
     * The product a reference ("the drug") points back to in its own sentence: a name introduced
     * with the same noun ("its drug Glucora … the drug") or after "its" and a description ("its
     * once-weekly insulin Glucora"); null when there is none.
     */
    private static Chunk namedKindBefore(ParsedSentence s, int head, Companies companies) {
        Chunk named = lastCandidateBefore(s, head - 1, companies,
                c -> s.lower(c.from() - 1).equals(s.lower(head)) || kindAfterOwner(s, c.from()));
        Chunk described = named == null ? null : lastCandidateBefore(s, named.from() - 1, companies, c -> true);
        return described != null && inAsideOf(s, described, named) ? described : named;
    }

    /**
     * "the Galaxy S III, the successor to its Galaxy S II smartphone, …": a name inside an apposition
     * describes the name before it, which is what a later "the phone" means.
     */
    static boolean inAsideOf(ParsedSentence s, Chunk head, Chunk named) {
        if (!s.lower(head.to()).equals(",") || !ParsedSentence.APPOSITION_OPENERS.contains(s.lower(head.to() + 1))) {
            return false;
        }
        for (int k = head.to() + 1; k < named.from(); k++) {
            if (s.token(k).isPunct() && !s.lower(k).equals("-")) {
                return false;
            }
        }
        return s.lower(named.to()).equals(",") || s.lower(named.to() + 1).equals(",");
    }

    /** "its once-weekly insulin Glucora": lower-case words after "its" or "their" lead up to the name at {@code name}. */
    private static boolean kindAfterOwner(ParsedSentence s, int name) {
        for (int k = name - 1; k >= Math.max(0, name - 5); k--) {
            if (OWNER_WORDS.contains(s.lower(k))) {
                return k < name - 1;
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-") || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** The token before a company's possessive that ends at {@code k} ("AMD's" in "AMD's Ryzen"), else {@code k}. */
    private static int skipOwner(ParsedSentence s, int k, Companies companies) {
        Chunk owner = k < 0 ? null : chunkEndingAt(s, k);
        return owner != null && owner.possessive() && isCompany(s, owner, companies) ? owner.from() - 1 : k;
    }

    /**
     * The products of a subject list, each without a time phrase of its own: they share the
     * predicate's ("X and Y, both of which arrived in September"), unlike a roadmap's objects.
     */
    private static List<Product> unpaired(List<Product> products) {
        return products.stream().map(p -> new Product(p.name(), p.company(), p.unnamed(), -1)).toList();
    }

    /** The product name a sentence opens with, after determiners and its maker's possessive, or null. */
    private static Chunk sentenceSubject(ParsedSentence s, Companies companies) {
        int k = 0;
        while (k < s.tokens().size() && k < 6) {
            Chunk c = chunkAt(s, k);
            if (c != null && c.possessive() && isCompany(s, c, companies)) {
                k = c.to();
            } else if (c != null) {
                return isCandidate(s, c, companies) ? c : null;
            } else if (SUBJECT_DETERMINERS.contains(s.lower(k))) {
                k++;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Whether a product name follows before token {@code limit} with no clause break. */
    private static boolean namedAhead(ParsedSentence s, int from, int limit, Companies companies) {
        for (int j = from; j < Math.min(s.tokens().size(), limit); j++) {
            Chunk c = chunkAt(s, j);
            if (c != null) {
                return isCandidate(s, c, companies);
            }
            if (OBJECT_STOPS.contains(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the article found a company mention at the chunk. */
    private static boolean isCompany(ParsedSentence s, Chunk c, Companies companies) {
        return companies.kindOf(c) == NameKind.COMPANY || companies.mentionsIn(s.index()).stream()
                .anyMatch(m -> m.fromToken() <= c.from() && m.toToken() >= c.to());
    }

    /**
     * "A, its new operating system, B and the company's online service, C, all went on sale": every
     * product name of the clause before the comma at {@code comma}, in order, descriptions between
     * them and their makers' possessives left out.
     */
    private static List<Product> listedBefore(ParsedSentence s, int comma, Trigger t, Companies companies) {
        int start = comma - 1;
        while (start > 0 && !s.lower(start - 1).equals(";") && !s.lower(start - 1).equals(":")
                && !CLAUSE_ENDS.contains(s.lower(start - 1))) {
            start--;
        }
        List<Product> out = new ArrayList<>();
        for (Chunk c : s.chunks()) {
            if (c.from() >= start && c.to() <= comma && !c.possessive() && !isCompany(s, c, companies)
                    && isCandidate(s, c, companies)) {
                out.add(named(s, c, t, companies));
            }
        }
        return out;
    }

    /**
     * A subject with an aside and the items coordinated before it, each with its own aside: "Arrow
     * Lake, the first chip on the 20A process, and Lunar Lake, a design for thin laptops, will come
     * out next year"; the subject alone when no ", and" precedes it.
     */
    private static List<Product> apposedItemsBefore(ParsedSentence s, Chunk last, Trigger t, Companies companies) {
        List<Product> out = new ArrayList<>(List.of(named(s, last, t, companies)));
        for (Chunk c = last; s.lower(c.from() - 1).equals("and") && s.lower(c.from() - 2).equals(","); ) {
            Chunk earlier = headBefore(s, c.from() - 2, companies);
            if (earlier == null || earlier.to() >= c.from() - 2 || isCompany(s, earlier, companies)) {
                break;
            }
            out.add(0, named(s, earlier, t, companies));
            c = earlier;
        }
        return out.size() > 1 ? unpaired(out) : out;
    }

    /** A product and those listed right before it ("X, Y and Z, all of which …"), in order. */
    private static List<Product> coordinatedBefore(ParsedSentence s, Chunk last, Trigger t, Companies companies) {
        List<Product> out = new ArrayList<>();
        out.add(named(s, last, t, companies));
        int k = itemStart(s, last.from() - 1, companies);
        while (k > 0 && (s.lower(k).equals("and") || s.lower(k).equals(","))) {
            int end = s.lower(k).equals("and") && s.lower(k - 1).equals(",") ? k - 2 : k - 1;
            end = QUOTES.contains(s.lower(end)) ? end - 1 : end;
            Chunk c = chunkEndingAt(s, end);
            boolean articled = s.lower(k + 1).equals("the");
            if (c == null || !isCandidate(s, c, companies) || articled && !s.lower(c.from() - 1).equals("the")) {
                // "the X and the Y" pair names with articles; "Harry Potter and the Deathly Hallows" is one title
                break;
            }
            out.add(0, named(s, c, t, companies));
            k = itemStart(s, c.from() - 1, companies);
        }
        return sharedOwner(s, out, companies);
    }

    /**
     * Whether the list the product's name opens is a subject: it opens the sentence or a reported
     * clause ("The 2018 Camry and Camry Hybrid, the first …, go on sale"), or it is the apposition
     * to a described kind, right after a comma (or a comma and "the") that follows a lower-case word
     * ("smartphones, the Nokia 3"), not a name ("films from the likes of A, B and C").
     */
    private static boolean listIsSubject(ParsedSentence s, Product p) {
        return LaunchFinder.starts(s, p).anyMatch(k -> {
            int opener = k > 0 && s.token(k - 1).kind() == Token.Kind.NUMBER ? k - 1 : k;
            // "The 2018 Camry": an article and a model year before the name
            opener = SUBJECT_DETERMINERS.contains(s.lower(opener - 1)) ? opener - 1 : opener;
            if (opener == 0 || REPORTED.contains(s.lower(opener - 1)) || s.lower(opener - 1).equals("that")) {
                return true;
            }
            int comma = s.lower(k - 1).equals("the") ? k - 2 : k - 1;
            Token described = s.token(comma - 1);
            return s.lower(comma).equals(",") && described != null && described.isWord() && !described.isCapitalised();
        });
    }

    /**
     * The word before a list item ending at {@code k}, past its owner, its opening quote and its
     * article ("the Kestrel One and the Kestrel Two").
     */
    private static int itemStart(ParsedSentence s, int k, Companies companies) {
        int at = skipOwner(s, k, companies);
        at = QUOTES.contains(s.lower(at)) ? at - 1 : at;
        boolean listed = s.lower(at - 1).equals("and") || s.lower(at - 1).equals(",");
        return s.lower(at).equals("the") && listed ? at - 1 : at;
    }

    /**
     * "Microsoft's own Surface Pro and Surface Laptop": the maker written before the first of a
     * list makes every item that names no maker of its own.
     */
    private static List<Product> sharedOwner(ParsedSentence s, List<Product> products, Companies companies) {
        Chunk first = products.size() < 2 ? null : chunkNamed(s, products.get(0).name());
        String owner = first == null ? null : ownerBefore(s, first.from(), companies);
        if (owner == null) {
            return products;
        }
        return products.stream()
                .map(p -> new Product(p.name(), ownerOf(s, p, companies, owner), p.unnamed(), p.end())).toList();
    }

    private static Chunk chunkNamed(ParsedSentence s, String name) {
        for (Chunk c : s.chunks()) {
            if (c.text().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The maker a product's own name or possessive gives, else {@code fallback}. */
    private static String ownerOf(ParsedSentence s, Product p, Companies companies, String fallback) {
        Chunk c = chunkNamed(s, p.name());
        if (c == null) {
            return fallback;
        }
        String own = companies.owner(s, c.from(), c.to());
        if (own == null) {
            own = ownerBefore(s, c.from(), companies);
        }
        return own != null ? own : fallback;
    }

    /**
     * The product a clause after the comma at {@code comma} is about: the name before the comma,
     * or, across parentheticals that open in lower case ("Rubin, the successor to Blackwell, which
     * …", "The X desktop processors, also based on Y, are due …"), the name before them; null when
     * no product name stands there.
     */
    private static Chunk headBefore(ParsedSentence s, int comma, Companies companies) {
        Chunk head = candidateBefore(s, comma, companies);
        int at = comma;
        for (int hops = 0; hops < 2; hops++) {
            int previous = previousComma(s, at);
            if (previous < 0 || !s.token(previous + 1).isWord() || s.token(previous + 1).isCapitalised()) {
                break;
            }
            Chunk earlier = candidateBefore(s, previous, companies);
            if (earlier != null) {
                head = earlier;
            } else if (head != null) {
                break;
            }
            // "Sierra Forest, the first Xeon built from E-cores, with up to 288 cores, is due": an aside
            // with no name at its end is passed over to the head before it
            at = previous;
        }
        return head;
    }

    /**
     * The product name right before token {@code at}, allowing a few lower-case words ending in a
     * product noun, and after them a lower-case phrase of use ("the Alder Lake processors for personal
     * computers, which …").
     */
    private static Chunk candidateBefore(ParsedSentence s, int at, Companies companies) {
        Chunk c = nameBefore(s, at, companies);
        int use = c == null ? usePhraseBefore(s, at) : -1;
        return use > 0 ? nameBefore(s, use, companies) : c;
    }

    /** The "for"/"in" opening a phrase of lower-case words that ends at token {@code at} ("for data centers"), or -1. */
    private static int usePhraseBefore(ParsedSentence s, int at) {
        for (int k = at - 1; k >= Math.max(1, at - USE_REACH); k--) {
            if (USE_OPENERS.contains(s.lower(k))) {
                return k < at - 1 ? k : -1;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> USE_OPENERS = Set.of("for", "in");
    private static final int USE_REACH = 4;

    private static Chunk nameBefore(ParsedSentence s, int at, Companies companies) {
        int k = at - 1;
        if (k >= 0 && QUOTES.contains(s.lower(k))) {
            // a title in quotes: "Mafia: The Old Country", which came out in August
            k--;
        }
        if (k >= 0 && Lexicon.PRODUCT_NOUNS.contains(s.lower(k))) {
            while (k > at - 4 && k >= 0 && s.token(k).isWord() && !s.token(k).isCapitalised()) {
                k--;
            }
        }
        Chunk c = chunkEndingAt(s, k);
        return c != null && isCandidate(s, c, companies) ? c : null;
    }

    /** How far back the comma that opens an apposition may be ("Apple Card, a credit card issued by … app, will"). */
    private static final int APPOSITION_REACH = 25;

    private static int previousComma(ParsedSentence s, int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - APPOSITION_REACH); j--) {
            String w = s.lower(j);
            if (w.equals(",")) {
                return j;
            }
            if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** The "which"/"that" opening a relative clause after a comma before token {@code p}, or -1. */
    private static int relativeBefore(ParsedSentence s, int p) {
        for (int j = p - 1; j >= Math.max(1, p - 25); j--) {
            String w = s.lower(j);
            if ((w.equals("which") || w.equals("that")) && s.lower(j - 1).equals(",")) {
                return j;
            }
            if (w.equals(";") || w.equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /** A lower-case noun phrase ending in a product noun: a back-reference or a description. */
    private static List<Product> phrase(ParsedSentence s, int from, int head, Trigger t, Companies companies,
                                        LaunchMemory memory) {
        int det = -1;
        boolean plural = false;
        for (int j = from; j <= head; j++) {
            String w = s.lower(j);
            plural |= PLURAL_REFERENCES.contains(w);
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their")
                    || w.equals("both") || s.token(j).possessive()) {
                det = j;
            }
        }
        if (det < 0 && from == t.to() && t.startsSomething(s)
                && (from < head || Token.isAcronymPlural(s.token(head).text()) || s.lower(head).endsWith("s"))) {
            // "aims to begin commercial passenger service in 2025": a description right after the verb,
            // after "of" when what starts is production ("start production of cheaper models")
            det = s.lower(from).equals("of") ? from : from - 1;
        }
        for (int j = from; det < 0 && j < head && s.lower(head).endsWith("s"); j++) {
            if (COUNTS.containsKey(s.lower(j)) || s.lower(j).equals("several")
                    || s.token(j).kind() == Token.Kind.NUMBER && s.token(j).text().matches("\\d{1,2}")
                    && s.lower(j + 1).equals("new")) {
                // "will launch two electric pickups in 2026", "10 new models": a count opens a plural description
                det = j;
            }
        }
        if (det < 0 && head < t.from() && from < head && s.lower(head).endsWith("s")) {
            // "New, more affordable models remain on track to start production …": a bare plural subject
            det = from - 1;
        }
        String article = det < 0 ? "" : s.lower(det);
        boolean reference = (article.equals("the") || article.equals("both") || plural) && wordsBetween(s, det, head) <= 2;
        if (reference) {
            return reference(s, head, plural, t, companies, memory, false);
        }
        if (det < 0 || det >= head) {
            return List.of();
        }
        Product model = modelNumber(s, det + 1, head, t, companies);
        if (model != null) {
            return List.of(model);
        }
        StringBuilder description = new StringBuilder();
        for (int j = det + 1; j <= head; j++) {
            Token token = s.token(j);
            if (token.text().equals("$") || token.kind() == Token.Kind.NUMBER && !token.isTechnology()
                    || description.length() == 0 && token.lower().equals("own")) {
                // amounts are no part of a description, "5G" is; "its own X" describes X
                continue;
            }
            if (description.length() > 0 && token.start() > s.token(j - 1).end()) {
                description.append(' ');
            }
            description.append(token.text());
        }
        String company = ownerBefore(s, det, companies);
        if (company == null) {
            company = subjectCompany(s, t, companies);
        }
        return List.of(new Product(description.toString(), company, true, head + 1));
    }

    /** A model number: four to six digits, or three before a singular noun, and not a year. */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{3,6}");

    /**
     * "the first 80486 chips", "its 777 jetliner": a number that names a model inside a description
     * is the product's name; a count is not ("its first 100 stores").
     */
    private static Product modelNumber(ParsedSentence s, int from, int head, Trigger t, Companies companies) {
        for (int j = from; j < head; j++) {
            Token token = s.token(j);
            String text = token.text();
            if (token.kind() != Token.Kind.NUMBER || !MODEL_NUMBER.matcher(text).matches()
                    || text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                    || text.length() == 3 && s.lower(head).endsWith("s")) {
                continue;
            }
            String company = ownerBefore(s, from - 1, companies);
            return new Product(text, company != null ? company : subjectCompany(s, t, companies), false, j + 1);
        }
        return null;
    }

    /** How many words run from after {@code det} to {@code head}, a hyphenated compound counting as one ("the low-calorie cola": 2). */
    private static int wordsBetween(ParsedSentence s, int det, int head) {
        int words = 0;
        for (int j = det + 1; j <= head; j++) {
            if (!s.lower(j).equals("-") && !s.lower(j - 1).equals("-")) {
                words++;
            }
        }
        return words;
    }

    /** "the model", "the launch", "both devices and the chip": the products named before. */
    private static List<Product> reference(ParsedSentence s, int head, boolean plural, Trigger t, Companies companies,
                                           LaunchMemory memory, boolean launchNoun) {
        Chunk earlier = plural || launchNoun ? null : namedKindBefore(s, head, companies);
        if (earlier != null) {
            // "won approval for its once-weekly insulin Glucora, expects to launch the drug in …"
            return List.of(named(s, earlier, t, companies));
        }
        String company = subjectCompany(s, t, companies);
        if (company != null || launchNoun) {
            Product last = memory.lastLaunchOf(company != null ? company : companies.focus(s.index()));
            if (last != null) {
                return List.of(last);
            }
            if (launchNoun) {
                return List.of();
            }
        }
        return memory.recentProducts(s, t.from(), plural, company);
    }

    private static Product named(ParsedSentence s, Chunk c, Trigger t, Companies companies) {
        Chunk after = c.possessive() ? chunkAt(s, c.to()) : null;
        if (after != null && isCandidate(s, after, companies)) {
            c = after;
        }
        Product app = appOf(s, c, t, companies);
        if (app != null) {
            return app;
        }
        String name = c.text();
        int from = c.from();
        Chunk before = chunkEndingAt(s, c.from() - 1);
        if (before != null && before.possessive() && isCandidate(s, before, companies)) {
            name = s.text().substring(s.token(before.from()).start(), s.token(c.to() - 1).end());
            from = before.from();
        }
        if (c.size() > 1 && Token.isAcronymPlural(s.token(c.to() - 1).text()) && name.endsWith(s.token(c.to() - 1).text())) {
            // "the VX 6 and VX 7 SUVs": the kind in the plural after the last name is no part of it
            name = name.substring(0, name.length() - s.token(c.to() - 1).text().length()).strip();
        }
        String company = companies.owner(s, from, c.to());
        if (company == null) {
            company = ownerBefore(s, from, companies);
        }
        if (company == null) {
            company = makerAfter(s, c.to(), companies);
        }
        if (company == null) {
            company = subjectCompany(s, t, companies);
        }
        return new Product(name, company, false, c.to());
    }

    /**
     * "a ChatGPT app for Windows" around the name {@code c} (either name): the app is the product, not
     * the platform it runs on; null when {@code c} is no such name.
     */
    private static Product appOf(ParsedSentence s, Chunk c, Trigger t, Companies companies) {
        Chunk app = c;
        Chunk platform = c;
        if (s.lower(c.from() - 1).equals("for") && APP_NOUNS.contains(s.lower(c.from() - 2))) {
            app = chunkEndingAt(s, c.from() - 3);
        } else if (APP_NOUNS.contains(s.lower(c.to())) && s.lower(c.to() + 1).equals("for")) {
            platform = chunkAt(s, c.to() + 2);
        } else {
            return null;
        }
        if (app == null || platform == null || !isCandidate(s, platform, companies)) {
            return null;
        }
        // "a Spotify app for Apple Watch": an app named for its maker
        boolean maker = companies.kindOf(app) == NameKind.COMPANY;
        if (!maker && !isCandidate(s, app, companies)) {
            return null;
        }
        String name = s.text().substring(s.token(app.from()).start(), s.token(platform.to() - 1).end());
        String company = maker ? companies.owner(s, app.from(), app.to()) : subjectCompany(s, t, companies);
        return new Product(name, company != null ? company : subjectCompany(s, t, companies), false, platform.to());
    }

    private static final Set<String> APP_NOUNS = Set.of("app", "version", "edition", "application");

    /**
     * The company whose possessive stands before a product ("Alibaba’s new Qwen 3"), or that a
     * relative "whose" ties to it ("Humane, whose $699 Ai Pin went on sale"), or null.
     */
    private static String ownerBefore(ParsedSentence s, int from, Companies companies) {
        for (CompanyMention m : companies.mentionsIn(s.index())) {
            if (m.possessive() && m.toToken() <= from && from - m.toToken() <= 3) {
                return m.company();
            }
            int whose = m.toToken() + (s.lower(m.toToken()).equals(",") ? 1 : 0);
            if (s.lower(whose).equals("whose") && whose < from && from - whose <= 5) {
                return m.company();
            }
        }
        return null;
    }

    /** "X from Kestrel Inc": the company named right after "from" behind a product, or null. */
    private static String makerAfter(ParsedSentence s, int to, Companies companies) {
        int from = to;
        if (s.lower(to).equals(",")) {
            // "X, the open-world game from Shanghai studio Y, went live": "from" inside the apposition
            from = -1;
            for (int k = to + 1; k < Math.min(s.tokens().size(), to + MAKER_APPOSITION_REACH) && !s.lower(k).equals(","); k++) {
                if (s.lower(k).equals("from")) {
                    from = k;
                    break;
                }
                if (s.token(k).isCapitalised() || RELATIVES.contains(s.lower(k))) {
                    // "X, a model that beat the Y from Z": "from" belongs to another product
                    break;
                }
            }
        }
        if (from < 0 || !s.lower(from).equals("from")) {
            return null;
        }
        for (CompanyMention m : companies.mentionsIn(s.index())) {
            if (m.fromToken() > from && m.fromToken() <= from + 1 + MAKER_DESCRIPTION && describedBetween(s, from + 1, m.fromToken())) {
                return m.company();
            }
        }
        return null;
    }

    /** Whether the words from {@code a} to {@code b} only describe the maker ("the", "Shanghai studio"). */
    private static boolean describedBetween(ParsedSentence s, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!s.token(k).isWord() || s.token(k).possessive()) {
                return false;
            }
        }
        return true;
    }

    private static final int MAKER_APPOSITION_REACH = 12;
    private static final int MAKER_DESCRIPTION = 3;

    /** The company acting in the sentence: named before the trigger (not as an object), else the focus. */
    static String subjectCompany(ParsedSentence s, Trigger t, Companies companies) {
        String found = null;
        for (CompanyMention m : companies.mentionsIn(s.index())) {
            if (m.toToken() <= t.from() && startsClause(s, m.fromToken()) && !s.inAside(m.fromToken(), t.from())) {
                CompanyMention unit = m.possessive() ? apposedUnit(s, m, companies) : null;
                found = unit != null ? unit.company() : m.company();
            }
        }
        return found != null ? found : companies.focus(s.index());
    }

    /**
     * "Hyundai Motor Co.'s Brazilian unit, Hyundai Motor Brasil,": the unit a company's possessive
     * introduces and a name in apposition then names, or null.
     */
    private static CompanyMention apposedUnit(ParsedSentence s, CompanyMention owner, Companies companies) {
        for (int k = owner.toToken(); k < Math.min(s.tokens().size(), owner.toToken() + UNIT_REACH); k++) {
            if (Lexicon.COMPANY_NOUNS.contains(s.lower(k)) && s.lower(k + 1).equals(",")) {
                return companies.mentionAt(s.index(), k + 2);
            }
        }
        return null;
    }

    private static final int UNIT_REACH = 3;

    private static final Set<String> CLAUSE_DASHES = Set.of("\u2013", "\u2014", ":");

    /** "after its Rockstar Games studio pushed back …": the owner's unit is the clause's subject. */
    private static final Set<String> OWNER_WORDS = Set.of("its", "their");

    /** Whether a name stands where a clause's subject stands: first, or after a comma or conjunction. */
    private static boolean startsClause(ParsedSentence s, int token) {
        if (CLAUSE_DASHES.contains(s.lower(token - 1))) {
            // "What made the move notable was its timing – Alibaba released the model …"
            return true;
        }
        int k = token - 1;
        while (k >= 0 && (s.token(k).isPunct() && !s.lower(k).equals(",") && !s.lower(k).equals(";")
                || Lexicon.COMPANY_NOUNS.contains(s.lower(k)) || s.token(k).possessive() || OWNER_WORDS.contains(s.lower(k))
                || k >= 2 && s.token(k).isWord() && s.lower(k - 1).equals("-")
                || s.token(k).isWord() && k + 1 < token && Lexicon.COMPANY_NOUNS.contains(s.lower(k + 1)))) {
            // "Sister company X", "rival carmaker X": an adjective before the company noun
            // "Beijing-based X", "state-owned X": a compound describing the subject
            k -= k >= 2 && s.token(k).isWord() && s.lower(k - 1).equals("-") ? 3 : 1;
        }
        return k < 0 || CLAUSE_OPENERS.contains(s.lower(k)) || s.token(k).possessive() && k == token - 1;
    }

    private static Chunk firstCandidate(ParsedSentence s, int before, Companies companies) {
        return firstCandidate(s, before, companies, c -> true);
    }

    private static Chunk firstCandidate(ParsedSentence s, int before, Companies companies, Predicate<Chunk> test) {
        for (Chunk c : s.chunks()) {
            if (c.to() <= before && isCandidate(s, c, companies) && test.test(c)) {
                return c;
            }
        }
        return null;
    }

    /** "Nippon Telegraph" of "Nippon Telegraph and Telephone Corp": a piece of a company's name is no product. */
    private static boolean insideLongerCompanyName(ParsedSentence s, Chunk c, Companies companies) {
        return companies.mentionsIn(s.index()).stream().anyMatch(m -> m.fromToken() <= c.from() && c.to() <= m.toToken()
                && m.toToken() - m.fromToken() > c.size());
    }

    static boolean isCandidate(ParsedSentence s, Chunk c, Companies companies) {
        NameKind kind = companies.kindOf(c);
        if (kind != null && kind != NameKind.PRODUCT || insideLongerCompanyName(s, c, companies)) {
            return false;
        }
        Token title = s.token(c.from() - 1);
        if (title != null && !title.isCapitalised() && Lexicon.ROLE_TITLES.contains(title)) {
            // "which chief executive Jane Moss launched": a person named after a title
            return false;
        }
        Token first = s.token(c.from());
        if (c.size() == 1 && first.isAcronym() && first.text().length() <= 4 && !first.hasDigit()
                && !c.text().endsWith("+") && !Lexicon.PRODUCT_NOUNS.contains(s.lower(c.from() - 1))
                && !OBJECT_NAMING.contains(s.lower(c.from() - 1))) {
            // a short name in capitals is taken for an acronym unless a product noun or a naming word
            // introduces it ("the game ARMS", "code-named NX")
            return false;
        }
        if (MoneyParser.isCurrencySign(first.text())) {
            // "a token amount of Rs 2,499": a currency before its figure
            return false;
        }
        if (c.size() == 1 && c.from() == 0 && first.isAcronym() && s.lower(c.to()).equals(",")) {
            // "TORRANCE, Calif., Sept. 3, 1990 -": a dateline's city in capitals
            return false;
        }
        if (c.size() == 1 && first.text().length() == 1) {
            // "its hepatitis C drug": a single letter names no product
            return false;
        }
        if (c.size() == 1 && Token.isAcronymPlural(c.text())) {
            // "SUVs", "EVs": a kind of product, described by the words around it
            return false;
        }
        if (c.size() == 1 && first.kind() == Token.Kind.NUMBER && first.text().matches("\\d{1,2}\\p{L}")) {
            // "5G", "4K": a technology, not a product's name
            return false;
        }
        if (!c.possessive() && MARKETS.contains(s.lower(c.to()))) {
            // "reaches North American stores", "U.S. customers": where a product goes, not what it is
            return false;
        }
        return !(c.possessive() && kind == null && PREDICATE_STARTS.contains(s.lower(c.to())));
    }

    /** Nouns of the market a product reaches, which a capitalised place or region may describe. */
    private static final Set<String> MARKETS = Set.of(
            "stores", "shelves", "shops", "showrooms", "customers", "consumers", "buyers", "markets", "dealers");

    static Chunk chunkAt(ParsedSentence s, int token) {
        for (Chunk c : s.chunks()) {
            if (c.from() == token) {
                return c;
            }
        }
        return null;
    }

    static Chunk chunkEndingAt(ParsedSentence s, int token) {
        for (Chunk c : s.chunks()) {
            if (c.to() - 1 == token) {
                return c;
            }
        }
        return null;
    }

    /**
     * The product names standing as subjects of a sentence's clauses before a token ("The X starts
     * at $799 and the larger Y at $899"), in order: after the sentence's start or a clause opener,
     * with only lower-case words (determiners, adjectives) between; not objects ("move to the A18 chip").
     */
    static List<Chunk> subjectProductChunks(ParsedSentence s, int before, Companies companies) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : productChunks(s, before, companies)) {
            int k = c.from() - 1;
            while (k >= 0 && k > c.from() - 4 && (SUBJECT_DETERMINERS.contains(s.lower(k)) || isAdjectiveBeforeName(s, k))) {
                k--;
            }
            if (k < 0 || s.lower(k).equals(",") || s.lower(k).equals(";")
                    || s.lower(k).equals("and") && !(k > 0 && s.token(k - 1).isWord() && !s.token(k - 1).isCapitalised())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Where "from" stands before a maker named after a product: a company right after it ("from
     * Kestrel Inc"), or a person after a role title and the work it is known for ("from Sims creator
     * Dana Whitfield"); -1 otherwise.
     */
    private static int makerFrom(ParsedSentence s, Chunk actor, Companies companies) {
        if (s.lower(actor.from() - 1).equals("from")) {
            return companies.canonical(actor.text()).isPresent() ? actor.from() - 1 : -1;
        }
        int k = actor.from() - 1;
        if (k < 0 || Lexicon.ROLE_TITLES.matchAt(s.tokens(), k) != 1) {
            return -1;
        }
        k--;
        Chunk work = chunkEndingAt(s, k);
        if (work != null) {
            k = work.from() - 1;
        }
        return s.lower(k).equals("from") ? k : -1;
    }

    /** The product chunk a sentence opens on, past its determiners ("The Dreamcast, …"), or null. */
    static Chunk openingProductChunk(ParsedSentence s, Companies companies, Predicate<Chunk> launched) {
        List<Chunk> chunks = productChunks(s, s.tokens().size(), companies, launched);
        if (chunks.isEmpty()) {
            return null;
        }
        Chunk first = chunks.get(0);
        for (int k = 0; k < first.from(); k++) {
            if (!SUBJECT_DETERMINERS.contains(s.lower(k))) {
                return null;
            }
        }
        return first;
    }

    /** A lower-case comparative or "new"-like word before a name ("the larger X", "the cheaper Y"). */
    private static boolean isAdjectiveBeforeName(ParsedSentence s, int k) {
        Token token = s.token(k);
        String w = token.lower();
        return token.isWord() && !token.isCapitalised() && (w.endsWith("er") || w.equals("new") || w.equals("own"))
                && !CLAUSE_OPENERS.contains(w);
    }

    /** The product chunks of a sentence up to a token, in order. */
    static List<Chunk> productChunks(ParsedSentence s, int before, Companies companies) {
        return productChunks(s, before, companies, c -> false);
    }

    /** As {@link #productChunks(ParsedSentence, int, Companies)}, with the names {@code launched} too. */
    static List<Chunk> productChunks(ParsedSentence s, int before, Companies companies, Predicate<Chunk> launched) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : s.chunks()) {
            if (c.to() <= before && (companies.kindOf(c) == NameKind.PRODUCT || launched.test(c))
                    && isCandidate(s, c, companies)) {
                out.add(c);
            }
        }
        return out;
    }
}

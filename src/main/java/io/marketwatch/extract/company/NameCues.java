package io.marketwatch.extract.company;

import static io.marketwatch.extract.company.NameKind.COMPANY;
import static io.marketwatch.extract.company.NameKind.INSTITUTION;
import static io.marketwatch.extract.company.NameKind.PERSON;
import static io.marketwatch.extract.company.NameKind.PLACE;
import static io.marketwatch.extract.company.NameKind.PRODUCT;
import static io.marketwatch.extract.company.NameKind.SOURCE;

import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues that tell what a capitalised phrase names: its own words ("Inc", "University", a model
 * number) and the words around it ("company X", "X said", "acquire X", "according to X",
 * "chief executive X", "X, the Sheffield-based developer"). Each cue adds points to one kind.
 */
final class NameCues {

    /** Words skipped between a subject and its verb ("X has also agreed", "X on Friday said"). */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of(
            "also", "now", "already", "still", "has", "have", "had", "is", "was", "were", "are", "will",
            "would", "could", "may", "might", "can", "does", "did", "been", "just", "previously", "recently",
            "then", "finally", "reportedly", "quickly", "first", "only", "later", "earlier", "itself", "not",
            "on", "this", "last", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "officially", "formally", "once", "jointly",
            "publicly", "separately", "initially", "subsequently", "eventually", "in", "turn");
    private static final Set<String> LIST_LEADS = Set.of(
            "like", "including", "as", "after", "than", "from", "with", "versus", "vs", "among");
    /** Company nouns that still name a company after a possessive ("Tencent's subsidiary X"). */
    private static final Set<String> OWNED_COMPANY_NOUNS = Set.of(
            "subsidiary", "unit", "affiliate", "arm", "parent", "rival", "rivals", "division");
    /** "the maker of X": X is what is made. */
    private static final Set<String> MADE_BY = Set.of("maker", "makers", "developer", "publisher", "creator", "producer");
    /** "according to" in other languages of the input ("enligt Dagens Industri"). */
    private static final Set<String> ACCORDING = Set.of("enligt");
    /** "X writes": an outlet citing itself ("skriver SeekingAlpha", "X skriver"). */
    private static final Set<String> WRITES = Set.of("skriver", "rapporterar");
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "told", "commented", "added", "noted", "wrote", "explained", "according", "skriver");
    private static final Set<String> QUOTE_ENDS = Set.of(",", "\"", "\u201d", "\u2019", "'");
    private static final Set<String> REPORTING = Set.of(
            "reported", "quoted", "cited", "published", "reporting", "reports", "according", "compiled", "surveyed",
            "polled");
    /** "estimates from X", "data from X": figures a firm is cited for. */
    private static final Set<String> CITED_FIGURES = Set.of("estimates", "data", "figures", "survey", "forecasts");
    /** What a broker does to a stock: "upgraded", "cut its price target", "told clients in a note". */
    private static final Set<String> RATING_VERBS = Set.of("upgraded", "downgraded", "upgrades", "downgrades");
    private static final Set<String> TARGET_VERBS = Set.of(
            "raised", "cut", "lowered", "trimmed", "lifted", "raises", "cuts", "lowers", "reiterated", "kept");
    private static final Set<String> TARGETS = Set.of("target", "rating", "recommendation", "estimate", "estimates");
    /** The last word of a research or broking house's name ("Edison Investment Research", "Wedbush Securities"). */
    private static final Set<String> RESEARCH_WORDS = Set.of("research", "securities", "economics", "analytics");
    private static final Set<String> ANALYST_ROLES = Set.of(
            "analyst", "analysts", "strategist", "strategists", "economist", "economists", "researcher",
            "expert", "research");
    private static final Set<String> WORKPLACE_VERBS = Set.of(
            "worked", "works", "working", "career", "stint", "engineer", "executive", "employee", "job");
    private static final Set<String> STAKE_NOUNS = Set.of(
            "stake", "stakes", "holding", "interest", "invest", "invested", "investing", "investment",
            "investments", "shareholder", "shareholding", "shares", "invests");
    private static final Set<String> PARTNER_NOUNS = Set.of(
            "merge", "merger", "partnership", "deal", "agreement", "alliance", "partnered", "partnering", "merged",
            "talks");
    /** "competes with X": a weak hint, products compete too. */
    private static final Set<String> COMPETING = Set.of("competes", "compete", "competing", "rivalry");
    private static final Set<String> SUPPLY_VERBS = Set.of(
            "bought", "buys", "buy", "purchased", "purchases", "raised", "raises", "secured", "received",
            "sources", "licenses", "licensed", "buying");
    private static final Set<String> LAWSUIT_NOUNS = Set.of("lawsuit", "case", "suit", "complaint", "fight");
    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her");
    private static final Set<String> PRODUCT_ADJECTIVES = Set.of(
            "original", "new", "latest", "upcoming", "flagship", "standard", "first");
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed");
    private static final Set<String> SCHEDULED = Set.of("on", "after", "before", "later", "next");
    private static final Set<String> FINANCIAL_OBJECTS = Set.of(
            "revenue", "revenues", "sales", "profit", "profits", "net", "a", "an", "its", "earnings", "loss",
            "losses", "operating", "quarterly", "annual", "results", "record", "first", "second", "third",
            "fourth", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "strong", "weak",
            "higher", "lower", "better", "worse");
    /**
     * A firm's analysts quoted or its price target moved: outweighs a well-known bank's name and
     * corporate word (4 + 2), not a deal it makes besides (7 more).
     */
    private static final int BROKER = 7;
    private static final Set<String> RELATIVES = Set.of("that", "which");
    private static final Set<String> UNIT_NOUNS = Set.of(
            "unit", "units", "subsidiary", "subsidiaries", "arm", "division", "studio", "studios", "affiliate");
    /** A single letter hyphened to a word, inside an abbreviation ("U.S.", "A/S"), or after a noun ("class E", not "on X"). */
    private static boolean isLetterOfSomething(ParsedSentence s, int k) {
        Token before = s.token(k - 1);
        return s.lower(k + 1).equals("-") || s.lower(k - 1).equals(".") || s.lower(k - 1).equals("/")
                || before != null && before.isWord() && !before.isCapitalised() && !LETTER_OPENERS.contains(before.lower());
    }

    private static final Set<String> LETTER_OPENERS = Set.of(
            "on", "to", "at", "by", "from", "with", "and", "or", "of", "for", "in", "into", "the", "a", "an", "as",
            "like", "via", "than", "owns", "bought", "buy", "acquired", "said");
    static final Set<String> GENERATIONS = Set.of("jr", "sr");
    /**
     * "Republic Airlines", "Kingdom Holding Co", "Party City Holdings Inc": an institution's word before a
     * company's last word qualifies the company; "Department of Energy" keeps its institution by its "of".
     */
    private static boolean qualifiesACompany(NameForm f, int i) {
        return f.companyShaped && i < f.words.size() - 1 && !f.words.contains("of");
    }

    /**
     * The name goes on past "and" through capitalised words that end in an institution's word ("US
     * Food and Drug Administration"), not in a company's ("Acme Corp and Beta Agency Ltd").
     */
    private static boolean institutionAfterAnd(ParsedSentence s, Chunk c) {
        if (!s.lower(c.to()).equals("and") || Lexicon.LEGAL_SUFFIXES.contains(s.lower(c.to() - 1))) {
            return false;
        }
        int last = -1;
        for (int k = c.to() + 1; k < Math.min(s.tokens().size(), c.to() + 5) && s.token(k).isCapitalised(); k++) {
            last = k;
        }
        return last > 0 && Lexicon.INSTITUTION_WORDS.contains(s.lower(last));
    }

    /**
     * A common given name, then a surname, an initial and a surname, or two given names: "Patrice
     * Motsepe", "Bernard J. Arnault"; not "Mario Kart World" or "Simon & Schuster".
     */
    private static boolean isGivenNameFirst(List<String> w, Chunk c) {
        if (!Lexicon.GIVEN_NAMES.contains(w.get(0)) || c.text().contains("&") || w.contains("and")) {
            return false;
        }
        // written words: "Cannon-Brookes" is one surname
        String[] written = c.text().toLowerCase(Locale.ROOT).split("\\s+");
        return written.length == 2 || written.length == 3
                && (written[1].replace(".", "").length() == 1 || Lexicon.GIVEN_NAMES.contains(written[1]));
    }

    /** A name after "of", "in", "at", "from" or "near" and before a comma and a place that ends the phrase. */
    private static boolean isCityOfAState(ParsedSentence s, Chunk c) {
        if (!CITY_OPENERS.contains(s.lower(c.from() - 1)) || !s.lower(c.to()).equals(",")) {
            return false;
        }
        int place = Lexicon.PLACES.matchAt(s.tokens(), c.to() + 1);
        if (place == 0 || s.token(c.to() + place).possessive()) {
            return false;
        }
        int after = c.to() + 1 + place;
        if (s.lower(after).equals(".")) {
            after++;
        }
        Token next = s.token(after);
        return next == null || next.isPunct() && !next.possessive() || !next.isCapitalised() && next.isWord();
    }

    /** What a common given name opening a name gives a person ("Patrice Motsepe"). */
    static final int GIVEN_NAME_POINTS = 4;
    private static final Set<String> CITY_OPENERS = Set.of("of", "in", "at", "from", "near");
    private static final Pattern GIVEN_NAME = Pattern.compile("[A-Z][a-z]{1,6} [A-Z][a-z]{0,4}-[a-z]{2,5}");
    private static final Set<String> NATION_PREFIXES = Set.of("anglo", "franco", "sino", "indo", "russo", "italo", "afro");
    private static final Set<String> INTRANSITIVE_AFTER = Set.of(
            "in", "on", "at", "last", "this", "next", "earlier", "later", "worldwide", "globally", ".", ",",
            "early", "late", "today", "tomorrow", "yesterday", "with", "for", "by", "as", "before", "after",
            "to", "from", "between", "within", "around", "only", "until", "across");
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("her", "his");
    /** Points of a title or a given name before the name: a person's, whatever deal follows. */
    private static final int PERSON_CUE = 3;
    private static final Set<String> DEAL_VERBS = Set.of(
            "bought", "acquired", "acquires", "buys", "invested", "invests", "purchased");
    private static final Set<String> SELLING = Set.of("sell", "sells", "sold", "selling", "sale");
    private static final Set<String> MADE_VERBS = Set.of(
            "built", "made", "manufactured", "developed", "designed", "produced", "operated", "run");
    /** "selling the rights to Baqsimi": what the rights are to, not who buys them. */
    private static final Set<String> RIGHTS = Set.of("rights", "right", "licence", "license", "access", "exposure");
    private static final Set<String> DEAL_INFINITIVES = Set.of("buy", "acquire", "invest", "purchase");
    private static final Set<String> PRICE_VERBS = Set.of("sells", "costs", "retails", "sold", "priced");
    private static final Set<String> PRICE_NEXT = Set.of("for", "at", "$", "from");
    private static final Set<String> PLACE_ATTRIBUTES = Set.of("based", "headquartered", "listed", "born");
    private static final Set<String> OWNER_ATTRIBUTES = Set.of("owned", "backed", "controlled", "funded", "led");

    private NameCues() {
    }

    /** Cues in the phrase itself, counted once per form. */
    static void intrinsic(NameForm f, ParsedSentence s, Chunk c) {
        List<String> w = f.words;
        int n = w.size();
        String last = w.get(n - 1);
        boolean centralBank = false;
        for (int k = c.from(); k < c.to() && !centralBank; k++) {
            centralBank = Lexicon.CENTRAL_BANKS.matchAt(s.tokens(), k) > 0;
        }
        if (centralBank) {
            f.add(INSTITUTION, 6);
        } else if (n >= 2 && Lexicon.LEGAL_SUFFIXES.contains(last)) {
            f.add(COMPANY, 3);
            f.companyShaped = true;
        } else if (n >= 2 && Lexicon.CORPORATE_DESCRIPTORS.contains(last)) {
            f.add(COMPANY, 2);
            f.companyShaped = true;
        }
        String key = f.key.startsWith("the ") ? f.key.substring(4) : f.key;
        if (Lexicon.OUTLETS.contains(key) || Lexicon.OUTLETS.contains(f.key)) {
            f.add(SOURCE, 4);
        } else if (n >= 2 && Lexicon.OUTLET_WORDS.contains(last)) {
            f.add(SOURCE, 2);
        }
        if (Lexicon.ANALYST_FIRMS.contains(key)) {
            f.add(SOURCE, 4);
        } else if (n >= 2 && RESEARCH_WORDS.contains(last)) {
            // quoted for a view far more often than acting: a deal it makes still outweighs this
            f.add(SOURCE, 3);
        }
        for (int i = 0; i < n; i++) {
            if (Lexicon.INSTITUTION_WORDS.contains(w.get(i)) && !(i > 0 && w.get(i - 1).equals("news"))
                    && !qualifiesACompany(f, i)) {
                f.add(INSTITUTION, 5);
                break;
            }
        }
        if (institutionAfterAnd(s, c)) {
            // "US Food and Drug Administration": the name's first half
            f.add(INSTITUTION, 5);
        }
        if (isCityOfAState(s, c)) {
            // "Nike Inc of Beaverton, Ore": a town named with its state
            f.add(PLACE, 6);
        }
        if (Lexicon.PLACES.contains(key) || n == 2 && NATION_PREFIXES.contains(w.get(0)) && c.text().contains("-")) {
            // "Anglo-Dutch steelmaker Corus": two nations joined describe, they name nothing
            f.add(PLACE, 8);
        }
        boolean digits = false;
        boolean innerCapital = false;
        for (int k = c.from(); k < c.to(); k++) {
            Token t = s.tokens().get(k);
            digits |= t.hasDigit() && !(k == c.from() && t.kind() == Token.Kind.NUMBER);
            innerCapital |= t.hasInnerCapital();
        }
        if (digits) {
            f.add(PRODUCT, 2);
        } else if (n == 1 && Token.isAcronymPlural(c.text())) {
            // "GPUs", "EVs", "IPOs": a thing counted, not a firm
            f.add(PRODUCT, 3);
        } else if (innerCapital) {
            f.add(COMPANY, 1);
        }
        if (c.text().endsWith("+")) {
            f.add(PRODUCT, 3);
        }
        if (n >= 2 && GENERATIONS.contains(w.get(n - 1))) {
            // "T. Boone Pickens Jr": a generation after a name is a person's
            f.add(PERSON, 4);
        }
        if (isGivenNameFirst(w, c) && !Lexicon.LEGAL_SUFFIXES.contains(last) && !Lexicon.CORPORATE_DESCRIPTORS.contains(last)
                && !digits) {
            // "Mike Cannon-Brookes", "Patrice Motsepe": a common given name, then a surname
            f.add(PERSON, GIVEN_NAME_POINTS);
            f.givenNamed = true;
        }
        if (GIVEN_NAME.matcher(c.text()).matches()) {
            // "Chung Se-yung", "Lee Jae-yong": a family name, then a hyphenated given name
            f.add(PERSON, 4);
        }
        if (c.size() == 1 && c.text().length() == 1 && isLetterOfSomething(s, c.from())) {
            // "class E stock", "series B shares", "E-books", "U.S.": a letter of a word or a class, no company
            f.add(COMPANY, -8);
        }
        if (c.size() == 1 && s.tokens().get(c.from()).isTechnology()) {
            // "5G", "4K", "3D": a technology, never a company
            f.add(PRODUCT, 8);
        }
    }

    /**
     * "Nvidia, SoftBank Group and MGX": a list that holds a company-shaped or well-known company is a
     * list of companies, unless other cues say the name is a person, a place or a product.
     */
    static void listedWithCompany(NameForm f) {
        if (f.listedWithCompany() > 0 && !f.companyShaped && f.score(PERSON) == 0 && f.score(PLACE) == 0
                && f.score(PRODUCT) == 0 && f.score(INSTITUTION) == 0 && f.score(SOURCE) == 0) {
            f.add(COMPANY, 2);
        }
    }

    /**
     * Cues around one occurrence. {@code groupFrom}/{@code groupTo} bound the list the phrase
     * stands in ("Apple, Samsung and Huawei"), whose outer context applies to every member.
     */
    static void context(NameForm f, ParsedSentence s, Chunk c, int groupFrom, int groupTo, boolean lastInGroup) {
        left(f, s, c, groupFrom, groupTo);
        if (c.possessive()) {
            possessive(f, s, c);
        } else if (!s.tokens().get(groupTo - 1).possessive()) {
            right(f, s, groupTo, lastInGroup, RELATIVES.contains(s.lower(groupFrom - 1)));
        }
        if (c.attribute() != null) {
            if (PLACE_ATTRIBUTES.contains(c.attribute())) {
                f.add(PLACE, 3);
            } else if (OWNER_ATTRIBUTES.contains(c.attribute())) {
                f.add(COMPANY, 2);
            }
        }
    }

    /** Stronger than a relative clause after the name ("Jolla's own Sailfish OS, which runs …"). */
    private static final int OWNED_THING = 4;
    /** Words between an owner and a name that make the name a thing the owner has. */
    private static final Set<String> OWNER_MODIFIERS = Set.of("own", "new", "latest", "newest", "fastest",
            "cheapest", "flagship", "previous", "older");

    /** The pronouns of a company that owns what follows ("its new drug", "their app"). */
    private static final Set<String> THING_OWNERS = Set.of("its", "their");

    /** Token {@code k} is an owner: "its", "their", or a possessive that is not a place's ("India's own"). */
    private static boolean ownedBy(ParsedSentence s, int k) {
        Token owner = s.token(k);
        return owner != null
                && (THING_OWNERS.contains(s.lower(k)) || owner.possessive() && !Lexicon.PLACES.contains(owner));
    }

    /** "its new hepatitis C drug": the kind noun at {@code k} follows "its" or "their" within a few words. */
    private static boolean ownedKind(ParsedSentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            if (THING_OWNERS.contains(s.lower(j))) {
                return true;
            }
            if (s.token(j).isPunct()) {
                return false;
            }
        }
        return false;
    }

    private static void left(NameForm f, ParsedSentence s, Chunk c, int groupFrom, int groupTo) {
        int l = groupFrom - 1;
        Token before = s.token(l);
        if (before != null && before.possessive() && Lexicon.PLACES.contains(before)) {
            l--;
        }
        String word = s.lower(l);
        int la = isArticle(word) ? l - 1 : l;
        boolean modifiesProduct = Lexicon.PRODUCT_NOUNS.contains(s.lower(c.to())) || namesAsset(s, groupTo);
        String lead = s.lower(la);
        String lead2 = s.lower(la - 1);

        if (Lexicon.COMPANY_NOUNS.contains(word) && !modifiesProduct && s.isRunningText(l)
                && !(s.token(l - 1) != null && s.token(l - 1).possessive() && !OWNED_COMPANY_NOUNS.contains(word))) {
            f.add(COMPANY, 3);
        } else if (word.equals(",") && Lexicon.COMPANY_NOUNS.contains(s.lower(l - 1))
                && s.token(l - 2) != null && s.token(l - 2).possessive()) {
            f.add(COMPANY, 3);
        }
        if (OWNER_MODIFIERS.contains(word) && s.isRunningText(l) && ownedBy(s, l - 1)) {
            // "Jolla's own Sailfish OS", "AMD's fastest Athlon", "its new Pixel 9": a thing its owner makes
            f.add(PRODUCT, OWNED_THING);
        }
        if (Lexicon.PRODUCT_NOUNS.contains(word) && ownedKind(s, l)) {
            // "its new hepatitis C drug Sovaldi", "their payment app Tala Pay": a name after its kind
            f.add(PRODUCT, 2);
        }
        if ((word.equals("based") || word.equals("headquartered")) && s.lower(l - 1).equals("-")
                && s.token(l - 2) != null && Lexicon.PLACES.contains(s.token(l - 2))) {
            // "Dubai-based Majid Al Futtaim": a place-based name with no noun between is an organisation
            f.add(COMPANY, 3);
        }
        if (LIST_LEADS.contains(word) && Lexicon.COMPANY_NOUNS.contains(s.lower(kindBefore(s, l)))) {
            f.add(COMPANY, 2);
        }
        if (LIST_LEADS.contains(lead) && !lead.equals("from") && !lead.equals("after")
                && Lexicon.PRODUCT_NOUNS.contains(s.lower(kindBefore(s, la)))) {
            // "imported sedans such as the Nissan Almera, Honda City and Toyota Vios": products listed
            f.add(PRODUCT, 2);
        }
        boolean adjacent = c.from() == groupFrom;
        if (!adjacent && Lexicon.INSTITUTION_WORDS.contains(s.lower(groupFrom)) && s.lower(groupFrom + 1).equals("of")) {
            // "the Ministry of Health, Labour and Welfare": the list goes on with the institution's name
            f.add(INSTITUTION, 3);
        }
        PersonCues.before(f, s, c.from(), l, adjacent);
        if (Lexicon.INSTITUTION_WORDS.contains(word) || word.equals("bank") && s.lower(l - 1).equals("central")) {
            f.add(INSTITUTION, 4);
        }
        if (lead.equals("to") && lead2.equals("according") || ACCORDING.contains(lead)) {
            f.add(SOURCE, 3);
            f.cited = true;
        } else if (possessor(s, c)) {
            // "buy Kishore Biyani's Future Group": the verb or preposition before governs what is owned
            return;
        } else if (lead.equals("by")) {
            if (s.anyBefore(la, 5, REPORTING::contains)) {
                f.add(SOURCE, 3);
                f.cited = true;
            } else if (lead2.equals("led") || lead2.equals("co-led") || OWNER_ATTRIBUTES.contains(lead2)
                    || lead2.equals("acquired") || lead2.equals("bought")) {
                f.add(COMPANY, 3);
            } else if (MADE_VERBS.contains(lead2)) {
                // "built by Commercial Aircraft Corporation of China": the maker
                f.add(COMPANY, 2);
            } else if (s.anyBefore(la, 5, w -> w.equals("founded"))) {
                f.add(PERSON, 2);
            }
        } else if (lead.equals("at")) {
            if (ANALYST_ROLES.contains(lead2)) {
                f.add(SOURCE, 4);
                f.cited = true;
            } else if (WORKPLACE_VERBS.contains(lead2)) {
                f.add(COMPANY, 2);
            }
        } else if (lead.equals("over") && (lead2.equals("take") || lead2.equals("took") || lead2.equals("taking")
                || lead2.equals("takes"))) {
            f.add(COMPANY, 3);
        } else if (lead.equals("of") && Lexicon.OF_COMPANY_NOUNS.contains(lead2) && !modifiesProduct) {
            f.add(COMPANY, 3);
        } else if (lead.equals("of") && MADE_BY.contains(lead2)) {
            f.add(PRODUCT, 3);
        } else if (lead.equals("in") && STAKE_NOUNS.contains(lead2)) {
            f.add(COMPANY, 3);
        } else if (lead.equals("with") && PARTNER_NOUNS.contains(lead2)) {
            f.add(COMPANY, 2);
        } else if (lead.equals("with") && COMPETING.contains(lead2) && !isArticle(word)) {
            f.add(COMPANY, 1);
        } else if (lead.equals("from") && CITED_FIGURES.contains(lead2)) {
            f.add(SOURCE, 4);
            f.cited = true;
        } else if (lead.equals("from") && Lexicon.STAFF_NOUNS.contains(lead2) || lead.equals("from")
                && (lead2.equals("researchers") || lead2.equals("engineers") || lead2.equals("veterans"))) {
            f.add(COMPANY, 2);
        } else if (lead.equals("from") && (Lexicon.PRODUCT_NOUNS.contains(lead2) || s.anyBefore(la, 8, SUPPLY_VERBS::contains))) {
            f.add(COMPANY, 2);
        } else if (lead.equals("to") && !RIGHTS.contains(lead2) && s.anyBefore(la, 10, SELLING::contains)) {
            // "agreed to sell its tower companies in Malawi to Helios Towers": the buyer
            f.add(COMPANY, 2);
        } else if (lead.equals("against") && LAWSUIT_NOUNS.contains(lead2)) {
            f.add(COMPANY, 2);
        } else if (Lexicon.DEAL_WORDS.contains(lead) && !Lexicon.COMPANY_NOUNS.contains(s.lower(c.to()))) {
            // "bought AI startup MosaicML": the deal is about the startup, "AI" only describes it
            f.add(COMPANY, 3);
        } else if (Lexicon.LAUNCH_VERBS.contains(lead) || lead.equals("out") && Lexicon.LAUNCH_VERBS.contains(lead2)
                || SELLING_FORMS.contains(lead) && STARTS.contains(lead2)) {
            // "would start selling Game Boy": what goes on sale is a product
            f.add(PRODUCT, 3);
        } else if (NAMING.contains(lead)) {
            f.add(s.anyBefore(la, 4, Lexicon.COMPANY_NOUNS::contains) ? COMPANY : PRODUCT, 3);
        } else if (lead.equals("in") || lead.equals("at")) {
            f.add(PLACE, lead2.equals("based") || lead2.equals("headquartered") ? 3 : 1);
        }
        if ((word.equals("its") || word.equals("their")) && UNIT_NOUNS.contains(s.lower(c.to()))) {
            // "its Rockstar Games studio", "its Waymo unit": a company the owner holds
            f.add(COMPANY, 3);
        } else if (word.equals("its") || word.equals("their")) {
            f.add(PRODUCT, 2);
        } else if (PRODUCT_ADJECTIVES.contains(word) && (isArticle(s.lower(l - 1)) || OWNERS.contains(s.lower(l - 1)))) {
            f.add(PRODUCT, 1);
        }
        if (SPEECH_VERBS.contains(word) && QUOTE_ENDS.contains(s.lower(l - 1))) {
            if (f.size() >= 2) {
                f.add(PERSON, 2);
            } else {
                f.add(SOURCE, 2);
                f.cited = true;
            }
        }
    }

    /** The noun a list lead at {@code lead} follows ("companies" in "companies, such as"). */
    private static int kindBefore(ParsedSentence s, int lead) {
        int k = lead - 1;
        while (s.lower(k).equals(",") || s.lower(k).equals("such")) {
            k--;
        }
        return k;
    }

    private static void possessive(NameForm f, ParsedSentence s, Chunk c) {
        String next = s.lower(c.to());
        if (Lexicon.CORPORATE_POSSESSIONS.contains(next)) {
            f.add(COMPANY, 2);
        } else if (PRODUCT_ADJECTIVES.contains(next) || next.equals("next") || next.equals("own")) {
            f.add(COMPANY, 1);
        } else if (!f.ownsProduct && s.token(c.to()) != null && s.token(c.to()).isCapitalised()) {
            // "OpenAI's ChatGPT": owning a named thing hints at a company, once
            f.ownsProduct = true;
            f.add(COMPANY, 1);
        }
        if (next.equals("launch") || next.equals("release") || next.equals("debut") || next.equals("rollout")) {
            f.add(PRODUCT, 2);
        } else if (next.equals("maker") || next.equals("makers")) {
            // "Ching's maker Capital Foods": a brand named by its maker
            f.add(PRODUCT, 3);
        }
    }

    /**
     * @param relative whether a relative pronoun opens the name's clause ("the chip that X launched
     *                 last year"): a verb after the name then has its object before it
     */
    private static void right(NameForm f, ParsedSentence s, int r, boolean adjacent, boolean relative) {
        String next = s.lower(r);
        String next2 = s.lower(r + 1);
        if (ANALYST_ROLES.contains(next) && !next.equals("expert") && !next.equals("research")) {
            f.add(SOURCE, BROKER);
            f.cited = true;
        } else if (Lexicon.STAFF_NOUNS.contains(next) && !(s.token(firstOfGroup(s, r)) != null
                && s.token(firstOfGroup(s, r)).possessive()) && !wordOpeningTitle(f, s, r)) {
            f.add(COMPANY, 2);
        }
        if (Lexicon.PRODUCT_NOUNS.contains(next)) {
            f.add(PRODUCT, 2);
        } else if (namesAsset(s, r)) {
            f.add(PLACE, 3);
        }
        if (next.equals("brand") || next.equals("brands") || next.equals("maker") || next.equals("makers")) {
            f.add(PRODUCT, 3);
        }
        if (PRICE_VERBS.contains(next) && PRICE_NEXT.contains(next2)) {
            f.add(PRODUCT, 3);
            return;
        }
        if (FAMILY_NOUNS.contains(next) && f.size() == 1 && !s.token(r).possessive()) {
            // "controlled by Indonesia's Widjaja family", "the Garza clan": a family of people, no firm (not
            // "the Airbus A320 family", a product line; "the Gokongwei family's conglomerate" may be named
            // for it)
            f.add(PERSON, 4);
        }
        if (next.equals("and") && PERSONAL_POSSESSIVES.contains(next2)) {
            // "Rowling and her publishers announced": only a person has a "her" or a "his"
            f.add(PERSON, 4);
        }
        int v = r;
        if (next.equals(",") && (next2.equals("which") || next2.equals("that"))) {
            v = r + 2;
            if (boughtInRelative(s, v)) {
                f.add(COMPANY, 3);
                return;
            }
        } else if (next.equals(",") && next2.equals("who")) {
            // a full name before ", who" is a person; one word could be a firm spoken of as people
            f.add(PERSON, f.size() >= 2 ? 3 : 2);
            return;
        }
        int verb = skipToVerb(s, v);
        if (isPassive(s, v, verb)) {
            if (s.lower(verb).equals("founded")) {
                f.add(COMPANY, 2);
            }
        } else {
            verb(f, s, verb, relative && verb == r);
        }
        if (next.equals(",") && adjacent) {
            Appositions.read(f, s, r + 1);
        }
    }

    /**
     * "Rotating chairman Eric Xu", "Managing director Jana Siber", "Board chairman …": an English word
     * that opens the sentence is part of the title after it, not its employer.
     */
    private static boolean wordOpeningTitle(NameForm f, ParsedSentence s, int r) {
        return f.size() == 1 && r - 1 == KnownNames.firstWord(s) && Lexicon.ENGLISH_WORDS.contains(f.key)
                && f.knownCompany().isEmpty();
    }

    /** The token before the capitalised run that ends just before {@code r} ("Assassin's" before "Creed"). */
    private static int firstOfGroup(ParsedSentence s, int r) {
        int k = r - 1;
        while (k >= 0 && (s.token(k).isCapitalised() || s.token(k).kind() == Token.Kind.NUMBER)
                && !s.token(k).possessive()) {
            k--;
        }
        return k;
    }

    /** "X was founded", "X, which were halted": the name is acted upon, not acting. */
    private static boolean isPassive(ParsedSentence s, int from, int verb) {
        if (!s.lower(verb).endsWith("ed")) {
            return false;
        }
        for (int k = from; k < verb; k++) {
            if (BE.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FAMILY_NOUNS = Set.of("family", "families", "clan", "dynasty");
    private static final Set<String> SELLING_FORMS = Set.of("selling", "sell");
    private static final Set<String> STARTS = Set.of(
            "start", "starts", "started", "begin", "begins", "began", "begun", "starting", "beginning");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being");

    private static void verb(NameForm f, ParsedSentence s, int v, boolean objectBefore) {
        String verb = s.lower(v);
        String after = s.lower(v + 1);
        boolean goesOnSale = (verb.equals("go") || verb.equals("goes") || verb.equals("went"))
                && after.equals("on") && s.lower(v + 2).equals("sale");
        if (goesOnSale) {
            f.add(PRODUCT, 3);
        } else if (Lexicon.LAUNCH_VERBS.contains(verb)) {
            if (!objectBefore && (INTRANSITIVE_AFTER.contains(after) || after.isEmpty())) {
                f.add(PRODUCT, 3);
            } else {
                f.add(COMPANY, 2);
            }
        } else if (verb.equals("reported") || verb.equals("reports")) {
            if (FINANCIAL_OBJECTS.contains(after) || verb.equals("reports") && SCHEDULED.contains(after)) {
                // "reported a loss"; "Amazon, which reports on Thursday": its results, not a story
                f.add(COMPANY, 2);
            } else {
                f.add(SOURCE, 3);
                f.cited = true;
            }
        } else if (isBrokerAction(s, v)) {
            // stronger than a well-known bank's name: one that moves a price target is quoted, not acting
            f.add(SOURCE, BROKER);
            f.cited = true;
        } else if (WRITES.contains(verb)) {
            f.add(SOURCE, 3);
            f.cited = true;
        } else if (verb.equals("said") || verb.equals("says")) {
            if (f.score(SOURCE) > 0) {
                f.add(SOURCE, 2);
                f.cited = true;
            } else if (!f.spoke) {
                // people speak too: saying something counts once, however often it is said
                f.spoke = true;
                f.add(COMPANY, 2);
            }
        } else if (DEAL_VERBS.contains(verb) || DEAL_INFINITIVES.contains(infinitiveAfter(s, v))) {
            // people invest and buy too: after a title or a given name ("entrepreneur Jane Roe invested"),
            // the deal counts as little as any corporate verb
            f.add(COMPANY, f.score(PERSON) >= PERSON_CUE ? 2 : 7);
        } else if (Lexicon.CORPORATE_VERBS.contains(verb)) {
            f.add(COMPANY, 2);
        }
    }

    /**
     * What a broker does, not a company: rates a stock ("upgraded the stock to hold"), moves its
     * price target or rating ("cut its price target"), writes to its clients ("told clients in a
     * note", "said in a note").
     */
    private static boolean isBrokerAction(ParsedSentence s, int v) {
        String verb = s.lower(v);
        String after = s.lower(v + 1);
        if (RATING_VERBS.contains(verb)
                || (verb.equals("told") || verb.equals("tells")) && (after.equals("clients") || after.equals("investors"))) {
            return true;
        }
        if ((verb.equals("said") || verb.equals("wrote")) && after.equals("in") && s.lower(v + 2).equals("a")
                && s.lower(v + 3).equals("note")) {
            return true;
        }
        if (TARGET_VERBS.contains(verb)) {
            for (int k = v + 1; k <= v + 4; k++) {
                if (TARGETS.contains(s.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The verb of a headline's or a plan's infinitive ("X to buy Y", "X agrees to acquire Y", "X plans
     * to invest"), or "" when {@code v} does not start one.
     */
    private static String infinitiveAfter(ParsedSentence s, int v) {
        int to = s.lower(v).equals("to") ? v : INTENT_VERBS.contains(s.lower(v)) && s.lower(v + 1).equals("to") ? v + 1 : -1;
        if (GO.contains(s.lower(v)) && s.lower(v + 1).equals("on") && s.lower(v + 2).equals("to")) {
            // "Xstrata went on to buy Falconbridge"
            to = v + 2;
        }
        return to < 0 ? "" : s.lower(to + 1);
    }

    private static final Set<String> GO = Set.of("go", "goes", "went");
    private static final Set<String> INTENT_VERBS = Set.of(
            "agrees", "agreed", "plans", "planned", "offers", "offered", "moves", "seeks", "sought", "aims", "wants");

    /** "Network18, which Reliance later took over": a relative clause whose subject bought the name before it. */
    private static boolean boughtInRelative(ParsedSentence s, int from) {
        int k = from;
        while (s.token(k) != null && s.token(k).isCapitalised()) {
            k++;
        }
        if (k == from) {
            return false;
        }
        int verb = skipToVerb(s, k);
        String w = s.lower(verb);
        return DEAL_VERBS.contains(w) || (w.equals("took") || w.equals("takes")) && s.lower(verb + 1).equals("over");
    }

    /** "the Stabroek block", "the Rajasthan oil field", "the Blackwater and Daunia coal mines": a site, not its owner. */
    private static boolean namesAsset(ParsedSentence s, int at) {
        int k = RESOURCES.contains(s.lower(at)) ? at + 1 : at;
        return ASSET_NOUNS.contains(s.lower(k));
    }

    private static final Set<String> RESOURCES = Set.of(
            "oil", "gas", "coal", "copper", "gold", "lithium", "iron", "nickel", "zinc", "uranium", "shale", "ore");
    private static final Set<String> ASSET_NOUNS = Set.of(
            "basin", "block", "field", "fields", "oilfield", "oilfields", "mine", "mines", "deposit", "deposits",
            "concession", "reservoir");

    /** A possessive name followed by another name ("Sunil Mittal's Bharti Airtel"). */
    private static boolean possessor(ParsedSentence s, Chunk c) {
        Token next = s.token(c.to());
        return c.possessive() && next != null && next.isCapitalised();
    }

    private static int skipToVerb(ParsedSentence s, int from) {
        int v = from;
        int skipped = 0;
        while (v < s.tokens().size() && skipped < 5 && BETWEEN_SUBJECT_AND_VERB.contains(s.lower(v))) {
            v++;
            skipped++;
        }
        return v;
    }

    private static boolean isArticle(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an");
    }
}

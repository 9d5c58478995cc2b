package io.marketwatch.extract.launch;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.time.CalendarWords;
import io.marketwatch.extract.time.DateMention;
import io.marketwatch.extract.time.DatePhrases;
import io.marketwatch.extract.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the launches of an article: each launch, delay or naming trigger (Trigger) with the product
 * it is about (ProductPhrases), a status from its tense and the words around it, and the window
 * of the date phrase that belongs to it. The body is read before the title; one product with one
 * status is one launch. Stateless and thread-safe.
 */
public final class LaunchFinder {

    private static final Set<String> PREPARING = Set.of(
            "preparing", "prepares", "prepare", "readying", "readies", "planning", "plans", "plan", "awaits", "awaiting");
    private static final Set<String> LAUNCH_NOUN_MODIFIERS = Set.of(
            "the", "its", "their", "a", "an", "planned", "upcoming", "global", "commercial", "official", "public");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "reported", "announced", "added");
    private static final Set<String> UNVEILING = Set.of("unveil", "unveils", "unveiled", "unveiling");
    /** Verbs that show a product, which may reach the market only later ("unveiled X; it goes on sale on May 15"). */
    private static final Set<String> PRESENTING = Set.of(
            "unveil", "unveils", "unveiled", "introduce", "introduces", "introduced", "show", "shows", "showed",
            "present", "presents", "presented");
    private static final Set<String> NEW_DATE = Set.of("to", "until", "till");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "and", "but", "that", "while", "as");
    /** Words of a description that counts or aims ("target of 6 mln consoles"). */
    private static final int DELAYED_SUBJECT_REACH = 10;
    private static final Set<String> QUANTITY_WORDS = Set.of(
            "mln", "bln", "million", "billion", "target", "goal", "units", "pct", "percent");
    /** "a 5GB music player", "100 GWh": a capacity or a unit, not a product's name. */
    private static final Pattern UNIT = Pattern.compile(
            "\\d*(?:[.,]\\d+)?\\s*(?:[KMGT]B|[KMGT]Wh|[KMG]W|mAh|nm)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)\\b");
    /** "J.J. Abrams", "T. Pickens": initials and one name make a person (or a firm named after one), no product. */
    private static final Pattern INITIALS_AND_NAME = Pattern.compile("(?:[A-Z]\\.)+ ?[A-Z][a-z]+");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b(last|next|this) year\\b");

    public List<LaunchFact> find(List<ParsedSentence> sentences, Companies companies, LocalDate published) {
        LaunchMemory memory = new LaunchMemory(sentences, companies);
        List<Found> found = new ArrayList<>();
        List<Found> ranges = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            if (!s.title() && !s.heading()) {
                read(s, companies, published, memory, found, ranges);
            }
        }
        for (ParsedSentence s : sentences) {
            if (s.title() && !s.heading()) {
                read(s, companies, published, memory, found, ranges);
            }
        }
        List<Found> members = new ArrayList<>();
        for (Found f : ranges) {
            // "its first two phones went on sale … The Mara X costs …, and the Mara Z …": the range's members
            LaunchFact g = f.fact();
            for (RangeMembers.Member m : RangeMembers.of(sentences, g, f.sentence(), companies)) {
                members.add(new Found(new LaunchFact(g.company(), m.name(), g.status(), g.window(), g.windowText(),
                        sentences.get(m.sentence()).text()), m.sentence(), false, f.shown(), false));
            }
        }
        found.addAll(members);
        return merge(found);
    }

    /**
     * @param ranges where unnamed launches go, those without a window too: their members may be
     *               named in the sentences after ({@link RangeMembers})
     */
    private void read(ParsedSentence s, Companies companies, LocalDate published, LaunchMemory memory,
                      List<Found> found, List<Found> ranges) {
        List<Trigger> triggers = Trigger.find(s);
        if (triggers.isEmpty() || s.find(Lexicon.CANCEL_WORDS, 0, s.tokens().size()) >= 0) {
            return;
        }
        List<DateMention> dates = usableDates(s, published);
        int denial = s.find(Lexicon.DENIAL_WORDS, 0, s.tokens().size());
        for (Trigger t : triggers) {
            if (t.type() == Trigger.Type.LAUNCH && triggers.stream().anyMatch(d -> d.type() == Trigger.Type.DELAY
                    && d.to() <= t.from() && (t.noun() && t.from() - d.to() <= 2 || onlyNameBetween(s, d.to(), t.from())))) {
                // "delayed the launch of X", "postponed the Nova 5 launch": the launch noun is what is delayed
                continue;
            }
            if (t.noun() && triggers.stream().anyMatch(d -> d.type() == Trigger.Type.DELAY && d.from() > t.to()
                    && (d.from() - t.to() <= DELAYED_SUBJECT_REACH && !clauseBreakBetween(s, t.to(), d.from())
                    || d.from() - t.to() <= DELAYED_SUBJECT_REACH + ASIDE_REACH && onlyAsideBetween(s, t.to(), d.from())))) {
                // "the launch of its H9 processor had slipped to 2026", "the launch of its folding phone, the
                // Galaxy Fold, was postponed": the launch noun is the delay's subject
                continue;
            }
            DateMention triggerDate = t.invertedArrival(s) ? dateBefore(s, t.from(), dates) : date(s, t.to(), dates);
            if (triggerDate != null && datesAnEarlierTrigger(s, t, triggerDate, triggers)) {
                // "pushes its open model to later this summer, ships o3-pro": the date is the first verb's
                triggerDate = null;
            }
            List<Product> products = ProductPhrases.of(s, t, companies, memory, dates);
            for (Product p : products) {
                if (p.unnamed() ? isQuantity(p.name()) || isLaterStage(p.name()) : isPartOfLongerTitle(s, p) || isEvent(p.name())
                        || INITIALS_AND_NAME.matcher(p.name()).matches()
                        || Token.isAcronymPlural(p.name()) || UNIT.matcher(p.name()).matches() || isCompanyName(p.name())
                        || isSucceeded(s, p)) {
                    continue;
                }
                // a list pairs each product with its own time phrase ("X in the fourth quarter, Y next year")
                DateMention date = products.size() > 1 && p.written() ? date(s, p.end(), dates) : triggerDate;
                if (t.undatedRelease(s)) {
                    // "Cyberpunk 2077 … has no release date": no time phrase is its date
                    date = null;
                }
                if ((t.presentForm(s) || t.futureForm(s) || presentCopula(s, t)) && isPastWeekday(date, published)) {
                    // "which it formally launches on Tuesday": the coming Tuesday
                    LaunchWindow next = new LaunchWindow(date.window().from().plusDays(7), date.window().to().plusDays(7));
                    date = new DateMention(date.text(), date.start(), date.end(), next, Tense.FUTURE);
                }
                LaunchStatus status = status(s, t, date, denial);
                if (status == null) {
                    continue;
                }
                if (status == LaunchStatus.expected && date != null && t.revised(s) && memory.reportsDelay()) {
                    // "will now be released on November 19" in a story of a slip: the new date of a delay
                    status = LaunchStatus.delayed;
                }
                if (status == LaunchStatus.expected && date != null && (Slips.after(s, t.to()) || Slips.before(s, t.from()))) {
                    // "will go on sale on Dec. 26, two months later than first intended": a new, later date
                    status = LaunchStatus.delayed;
                }
                if (status == LaunchStatus.delayed && t.type() == Trigger.Type.DELAY) {
                    date = dates.stream().filter(d -> isNewDate(s, d)).findFirst().orElse(null);
                }
                LaunchWindow window = date == null ? null : aligned(date, status, published);
                if (status == LaunchStatus.released && window != null && toldInPassing(s, t, p, window, published)) {
                    continue;
                }
                String windowText = date == null ? null : date.text();
                String sameDay = date == null ? sameDay(s) : null;
                if (sameDay != null) {
                    LaunchFact before = memory.lastWithWindow();
                    if (before != null) {
                        window = before.window();
                        windowText = sameDay;
                    }
                }
                String company = lineMaker(s, p, maker(s, p, company(s, t, p, companies, memory.employers()), companies),
                        companies, memory);
                if (company != null && p.unnamed() && !s.title()) {
                    ranges.add(new Found(new LaunchFact(company, p.name(), status, window, windowText, s.text()),
                            s.index(), true, PRESENTING.contains(s.lower(t.from())), false));
                }
                if (company == null || p.unnamed() && window == null || !p.unnamed() && memory.onlyOpensSentences(p.name())
                        && companies.knownMakerOfWholeName(p.name()).isEmpty()) {
                    continue;
                }
                List<String> makers = p.unnamed() ? coordinated(s, company, t, companies) : List.of(company);
                for (String maker : makers) {
                    // "X and Y both plan to launch their own networks": one launch each
                    LaunchFact fact = new LaunchFact(maker, p.name(), status, window, windowText, s.text());
                    boolean shown = status == LaunchStatus.released && PRESENTING.contains(s.lower(t.from()));
                    found.add(new Found(fact, s.index(), p.unnamed(), shown, s.title()));
                    memory.add(fact);
                }
            }
        }
    }

    /**
     * A release long before the article, told as background: an old product in an aside or a "since"
     * clause ("Tab, introduced in 1963, will stay on sale", "since Windows XP went on sale in 2001"),
     * on sale "since" months ago, or a first store or a service opened months before ("H&M opened its
     * first Indian store in Delhi in 2015").
     */
    private static boolean toldInPassing(ParsedSentence s, Trigger t, Product p, LaunchWindow window, LocalDate published) {
        if (window.to().isBefore(published.minusYears(1)) && (inParticipleAside(s, t) || inSinceClause(s, t))) {
            return true;
        }
        if (s.lower(t.from() - 1).equals("been") && s.lower(t.to()).equals("since")
                && window.from().isBefore(published.minusMonths(NEWS_MONTHS))) {
            // "the 5800 XpressMusic has been on sale since late last year": a product on sale for months
            return true;
        }
        return p.unnamed() && (hasWord(p.name(), Trigger.STORE_HEADS) || hasWord(p.name(), SERVICE_WORDS))
                && window.to().isBefore(published.minusMonths(NEWS_MONTHS));
    }

    /** An unnamed service launched months ago ("OPay, launched in Nigeria in 2018") is background too. */
    private static final Set<String> SERVICE_WORDS = Set.of("service", "services");

    /** How long a first store, or a product on sale "since" then, stays news rather than background. */
    private static final int NEWS_MONTHS = 3;

    /**
     * "X, introduced in 1963, …", "X, first launched in 2008,": the trigger a past participle with no
     * object that opens an aside, closed by a comma or the sentence's end.
     */
    private static boolean inParticipleAside(ParsedSentence s, Trigger t) {
        int k = t.from() - 1;
        if (ASIDE_ADVERBS.contains(s.lower(k))) {
            k--;
        }
        if (!s.lower(k).equals(",") || !s.lower(t.from()).endsWith("ed") || !TIME_PREPOSITIONS.contains(s.lower(t.to()))
                || s.nearestBefore(k, ORIGINAL_REACH, 0, "original"::equals) >= 0) {
            // "The original PlayStation 5, released in November 2020, has sold …": the predecessor the
            // story sets the new product against, which the shared gold counts as dev counts "the original
            // Nintendo Switch, which launched in March 2017"
            return false;
        }
        for (int j = t.to() + 1; j < t.to() + ASIDE_LENGTH; j++) {
            if (j >= s.tokens().size() || s.lower(j).equals(",") || s.lower(j).equals(".") && j == s.tokens().size() - 1) {
                // closed by a comma or by the end of the sentence ("… for the PlayStation 3, launched in 2006.")
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on");
    private static final int ORIGINAL_REACH = 5;
    private static final int ASIDE_LENGTH = 7;

    private static final Set<String> ASIDE_ADVERBS = Set.of("first", "originally", "initially");

    /** "since Windows XP went on sale in late 2001": the trigger in a clause that "since" opens, a few words before. */
    private static boolean inSinceClause(ParsedSentence s, Trigger t) {
        int since = s.nearestBefore(t.from(), SINCE_REACH, 0, "since"::equals);
        return since >= 0 && s.nearestBefore(t.from(), SINCE_REACH, since, w -> w.equals(",") || w.equals(";")) < 0;
    }

    private static final int SINCE_REACH = 6;

    /**
     * The maker of a product: the employer of the person who announces it when no company is named
     * before the trigger ("Altman said GPT-5 would ship"), else the company the product phrase
     * gives, read as its employer when the article took a person for a company.
     */
    private static String company(ParsedSentence s, Trigger t, Product p, Companies companies, Employers employers) {
        String builder = builtBy(s, p, companies);
        if (builder != null) {
            return builder;
        }
        String speaker = employers.ofSpeaker(s, t.from(), companies);
        if (speaker != null) {
            return speaker;
        }
        String employer = employers.of(p.company());
        return employer != null ? employer : p.company();
    }

    /** "the V2500 built by International Aero Engines AG", "the X, developed by Y,": the maker the participle names. */
    private static String builtBy(ParsedSentence s, Product p, Companies companies) {
        if (p.unnamed()) {
            return null;
        }
        int k = p.end();
        if (s.lower(k).equals(",")) {
            k++;
        }
        if (!MAKING.contains(s.lower(k)) || !s.lower(k + 1).equals("by")) {
            return null;
        }
        int by = k + 2;
        // "by the five-nation International Aero Engines AG"
        while (s.token(by) != null && !s.token(by).isCapitalised() && by < k + 2 + BUILDER_MODIFIERS) {
            by++;
        }
        CompanyMention builder = companies.mentionAt(s.index(), by);
        return builder == null ? null : builder.company();
    }

    private static final Set<String> MAKING = Set.of(
            "built", "made", "developed", "designed", "produced", "manufactured", "engineered");
    private static final int BUILDER_MODIFIERS = 5;

    /** Two commas that close an apposition ("…, the Galaxy Fold, was postponed") and no other break. */
    private static boolean onlyAsideBetween(ParsedSentence s, int from, int to) {
        int commas = 0;
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(";") || s.lower(k).equals("and")) {
                return false;
            }
            commas += s.lower(k).equals(",") ? 1 : 0;
        }
        return commas == 2 && (s.lower(to - 1).equals(",") || s.lower(to - 2).equals(","));
    }

    private static final int ASIDE_REACH = 4;

    private static boolean clauseBreakBetween(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";") || s.lower(k).equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** "the same day", "on launch day", "on day one": the day of the launch told before, or null. */
    private static String sameDay(ParsedSentence s) {
        String text = s.text().toLowerCase(Locale.ROOT);
        return SAME_DAY.stream().filter(text::contains).findFirst().orElse(null);
    }

    private static final List<String> SAME_DAY = List.of("the same day", "on launch day", "on day one");

    /**
     * The maker the sentence gives, unless it names none there and an earlier launch of the same
     * product line had a maker ("its Rockstar Games studio pushed back GTA VI … GTA V came out in
     * 2013": Rockstar Games, not the company in focus).
     */
    private static String lineMaker(ParsedSentence s, Product p, String company, Companies companies, LaunchMemory memory) {
        if (company == null || p.unnamed()
                || companies.mentionsIn(s.index()).stream().anyMatch(m -> m.company().equals(company))) {
            return company;
        }
        String line = memory.makerOfLine(p.name());
        return line != null ? line : company;
    }

    /** Between {@code from} and {@code to} only a determiner and a name ("the Nova 5", "its X2"). */
    private static boolean onlyNameBetween(ParsedSentence s, int from, int to) {
        if (to - from > NAME_REACH) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean determiner = k == from && NAME_DETERMINERS.contains(t.lower());
            if (!determiner && !Character.isUpperCase(t.text().charAt(0)) && !t.hasInnerCapital()
                    && t.kind() != Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NAME_DETERMINERS = Set.of("the", "its", "their", "his", "her");
    private static final int NAME_REACH = 6;

    /** "target of mln consoles": a description that counts or aims, not a product. */
    static boolean isQuantity(String description) {
        return hasWord(description, QUANTITY_WORDS);
    }

    /** Whether one of the description's words, in lower case, is in {@code words}. */
    private static boolean hasWord(String description, Set<String> words) {
        for (String w : description.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "when the successor to Windows 95 would arrive", "unveil Galaxy S III successor": the named
     * product is the one being replaced, not the one coming.
     */
    private static boolean isSucceeded(ParsedSentence s, Product p) {
        if (!p.written() || p.end() < 1) {
            return false;
        }
        if (ProductPhrases.SUCCESSORS.contains(s.lower(p.end()))) {
            return true;
        }
        int at = s.text().lastIndexOf(p.name(), s.token(p.end() - 1).end());
        for (int k = at < 0 ? -1 : s.tokenAt(at) - 1, stop = k - SUCCESSOR_REACH; k > stop && k > 0; k--) {
            if (s.lower(k).equals("to")) {
                return ProductPhrases.SUCCESSORS.contains(s.lower(k - 1));
            }
            if (s.token(k).isCapitalised() || s.token(k).isPunct() && !s.lower(k).equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** Words that may stand between "successor to" and the name ("its best-selling"). */
    private static final int SUCCESSOR_REACH = 5;

    /**
     * A name ending in a legal form that no product name ends in ("Reddy's Laboratories Ltd" of "Dr
     * Reddy's Laboratories Ltd") names a company; not "SE" or "AS", which end product names too.
     */
    static boolean isCompanyName(String name) {
        String[] words = name.split("\\s+");
        return words.length > 1 && COMPANY_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> COMPANY_ENDINGS = Set.of(
            "inc", "incorporated", "ltd", "limited", "corp", "corporation", "co", "plc", "ag", "llc", "gmbh", "bhd");

    /**
     * "a second store", "another plant", "more stores": a later stage of something rolled out, which
     * counts only at its first stage (FACTS.md).
     */
    static boolean isLaterStage(String description) {
        return LATER_STAGES.contains(firstWord(description));
    }

    private static final Set<String> LATER_STAGES = Set.of(
            "second", "third", "fourth", "fifth", "another", "additional", "further", "more");

    /** "75th Independence Day": an anniversary or a holiday, not a product. */
    static boolean isEvent(String name) {
        return ORDINAL.matcher(name).lookingAt();
    }

    /**
     * "Duty" in "Call of Duty", "Days" in "12 Days of OpenAI": a name that the sentence writes
     * joined by "of" to another capitalised word was cut from a longer title, which is no launch.
     */
    static boolean isPartOfLongerTitle(ParsedSentence s, Product p) {
        OptionalInt first = starts(s, p).findFirst();
        if (first.isEmpty()) {
            return false;
        }
        int k = first.getAsInt();
        int words = wordCount(p);
        return joinedByOf(s, k - 1, k - 2) || joinedByOf(s, k + words, k + words + 1);
    }

    /** "A Windows version is planned": the name, written before a product noun, describes another product. */
    private static boolean describesAnother(ParsedSentence s, Product p) {
        int words = wordCount(p);
        return starts(s, p).anyMatch(k -> Lexicon.PRODUCT_NOUNS.contains(s.lower(k + words)));
    }

    /** The first tokens of every place where the sentence writes the product's name, in order. */
    static IntStream starts(ParsedSentence s, Product p) {
        int words = wordCount(p);
        return IntStream.rangeClosed(0, s.tokens().size() - words)
                .filter(k -> s.span(k, k + words - 1).equals(p.name()));
    }

    private static int wordCount(Product p) {
        return p.name().split("\\s+").length;
    }

    /** "of" at {@code of} with a capitalised word or a number at {@code other}. */
    private static boolean joinedByOf(ParsedSentence s, int of, int other) {
        Token word = s.token(other);
        return s.lower(of).equals("of") && word != null
                && (word.isNamelike() || word.kind() == Token.Kind.NUMBER);
    }

    /**
     * The maker the rules gave, unless the sentence does not name it and the knowledge base knows
     * the product's maker among the article's companies ("Netflix's rival unveiled the iPhone 11
     * Pro": Apple's, not the company the article is about) or a company of the article opens the
     * product's name ("Disney+"); a product the base knows by its whole name goes to its maker even
     * when the sentence names another company.
     */
    private static String maker(ParsedSentence s, Product p, String named, Companies companies) {
        if (named == null || p.unnamed()) {
            return named;
        }
        if (companies.mentionsIn(s.index()).stream().anyMatch(m -> m.company().equals(named))) {
            // a product the base knows by its whole name is its maker's whoever the sentence names
            // ("xAI's Grok 3 beat GPT-5", "Google has lagged since ChatGPT arrived"), unless the
            // name only describes another product ("a Windows version" of an app)
            if (describesAnother(s, p)) {
                return named;
            }
            return companies.knownMakerOfModel(p.name()).map(known -> armOf(named, known) ? named : known).orElse(named);
        }
        return companies.knownMaker(p.name()).or(() -> companies.namedInProduct(p.name())).orElse(named);
    }

    /**
     * Whether the company the sentence names is an arm of the known maker, named with its name first
     * ("Sony Computer Entertainment Inc" selling Sony's PlayStation, "Nintendo of America Inc"): the
     * arm that acts launches.
     */
    private static boolean armOf(String named, String known) {
        return named.length() > known.length() && named.startsWith(known.split(" ")[0] + " ");
    }

    /**
     * The companies coordinated with the subject {@code company} before the trigger ("Sprint and
     * T-Mobile US both plan to …", "A, B and C will each …"), in order; the company alone otherwise.
     */
    static List<String> coordinated(ParsedSentence s, String company, Trigger t, Companies companies) {
        List<CompanyMention> mentions = companies.mentionsIn(s.index());
        CompanyMention last = null;
        for (CompanyMention m : mentions) {
            if (m.company().equals(company) && m.toToken() <= t.from()) {
                last = m;
            }
        }
        if (last == null) {
            return List.of(company);
        }
        List<String> out = new ArrayList<>(List.of(company));
        CompanyMention current = last;
        while (current.fromToken() >= 2 && (s.lower(current.fromToken() - 1).equals("and")
                || s.lower(current.fromToken() - 1).equals(","))) {
            int end = current.fromToken() - 1 - (s.lower(current.fromToken() - 2).equals(",") ? 1 : 0);
            CompanyMention before = null;
            for (CompanyMention m : mentions) {
                if (m.endsBefore(s, end) && !m.possessive()) {
                    before = m;
                }
            }
            if (before == null || out.contains(before.company())) {
                break;
            }
            out.add(0, before.company());
            current = before;
        }
        int opener = current.fromToken() - 1;
        boolean opensClause = opener < 0 || CLAUSE_OPENERS.contains(s.lower(opener));
        return opensClause ? out : List.of(company);
    }

    /**
     * A date without a year ("on February 2") read as last year's although the launch is still
     * to come (expected, or delayed to it: "delayed the X to September") moves to the next year; one read as next year's for a launch already out moves back.
     */
    static LaunchWindow aligned(DateMention date, LaunchStatus status, LocalDate published) {
        LaunchWindow w = date.window();
        if (w == null || w.from() == null || w.to() == null || YEAR.matcher(date.text()).find()) {
            return w;
        }
        if ((status == LaunchStatus.expected || status == LaunchStatus.delayed) && w.to().isBefore(published)) {
            return new LaunchWindow(w.from().plusYears(1), w.to().plusYears(1));
        }
        if (status == LaunchStatus.released && w.from().isAfter(published)) {
            // "put it on sale on Tuesday": a weekday already past is the last one, a month the last year's
            return isWeekday(date) ? new LaunchWindow(w.from().minusDays(7), w.to().minusDays(7))
                    : new LaunchWindow(w.from().minusYears(1), w.to().minusYears(1));
        }
        return w;
    }

    /** The date phrases of the sentence, without the day a statement was made ("said on Friday"). */
    private static List<DateMention> usableDates(ParsedSentence s, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : DatePhrases.find(s.text(), published)) {
            String[] words = d.text().toLowerCase(Locale.ROOT).split("\\s+");
            boolean weekday = words.length == 2 && words[0].equals("on") && CalendarWords.WEEKDAYS.contains(words[1]);
            int at = s.tokenAt(d.start());
            boolean reported = REPORTING.contains(s.lower(at - 1)) || REPORTING.contains(s.lower(at - 2));
            if (!(weekday && reported)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The last date phrase before token {@code at} ("In 2026 comes Rubin"), or null. */
    private static DateMention dateBefore(ParsedSentence s, int at, List<DateMention> dates) {
        int start = s.token(at).start();
        DateMention before = null;
        for (DateMention d : dates) {
            if (d.end() <= start) {
                before = d;
            }
        }
        return before;
    }

    /**
     * The date phrase of what ends before token {@code after}: the first after it in its clause, else
     * the closest before it, else the first after the clause.
     */
    private static DateMention date(ParsedSentence s, int after, List<DateMention> dates) {
        int end = s.tokens().get(after - 1).end();
        int clauseEnd = clauseEnd(s, after);
        int[] aside = asideAfter(s, after, clauseEnd);
        // "start selling Game Boy, which its parent launched in April, in the US in August": the date
        // of the aside describes the product when another after it dates this clause
        boolean datedAfterAside = aside[1] > 0 && dates.stream().anyMatch(o -> o.start() > aside[1] && o.start() < clauseEnd);
        DateMention before = null;
        DateMention nextClause = null;
        for (DateMention d : dates) {
            boolean inAside = d.start() > aside[0] && d.end() <= aside[1];
            if (d.start() >= end && d.start() < clauseEnd && !(inAside && datedAfterAside)) {
                return d;
            }
            if (d.start() < end) {
                before = d;
            } else if (nextClause == null) {
                nextClause = d;
            }
        }
        // a date past a semicolon belongs to the next clause, unless nothing else dates this one
        return before != null ? before : nextClause;
    }

    /** Where the clause of token {@code after} ends: the start of the next semicolon, else past the sentence. */
    private static int clauseEnd(ParsedSentence s, int after) {
        for (int k = after; k < s.tokens().size(); k++) {
            if (s.lower(k).equals(";")) {
                return s.token(k).start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The character span of the first aside set off by commas after token {@code after} and before
     * {@code clauseEnd} (", the hand-held player its parent launched in April,"), or an empty span.
     */
    private static int[] asideAfter(ParsedSentence s, int after, int clauseEnd) {
        for (int k = after; k + 1 < s.tokens().size() && s.token(k).start() < clauseEnd; k++) {
            if (s.lower(k).equals(",") && ASIDE_OPENERS.contains(s.lower(k + 1))) {
                for (int m = k + 2; m < s.tokens().size() && s.token(m).start() < clauseEnd; m++) {
                    if (s.lower(m).equals(",")) {
                        return new int[] {s.token(k).end(), s.token(m).start()};
                    }
                }
                break;
            }
        }
        return new int[] {0, 0};
    }

    private static final Set<String> ASIDE_OPENERS = Set.of("the", "a", "an", "which", "its", "whose", "who");

    static LaunchStatus status(ParsedSentence s, Trigger t, DateMention date, int denial) {
        switch (t.type()) {
            case DELAY:
                return LaunchStatus.delayed;
            case NAMING:
                return isAnnouncedName(s, t) ? LaunchStatus.expected : null;
            case SHOWCASE:
                return date != null && date.tense() == Tense.PAST ? null : LaunchStatus.expected;
            case SCHEDULE:
                return scheduleStatus(s, t, date);
            default:
                break;
        }
        if (t.formerPlan(s) || t.withheld(s)) {
            return null;
        }
        if (t.negated(s)) {
            // "would not go on sale until next year" is put off; "no plans to release … this year" denies a date;
            // "has not yet brought it to Brazil" tells only that it is not out yet
            if (date == null || s.lower(t.from() - 1).equals("yet")) {
                return null;
            }
            return negatedStatus(s, t, date);
        }
        if (denial >= 0 && denial < t.from() && !saysOtherwise(s, denial, t.from())) {
            return LaunchStatus.denied;
        }
        boolean future = t.futureForm(s);
        if (future) {
            return LaunchStatus.expected;
        }
        if (date != null && !t.noun() && (" " + date.text().toLowerCase(Locale.ROOT) + " ").contains(" today ")) {
            // "is on sale from today", "goes on sale today": out on the day of the article
            return LaunchStatus.released;
        }
        Tense tense = date == null ? Tense.UNKNOWN : date.tense();
        if (UNVEILING.contains(s.lower(t.from()))) {
            // unveiled on a stated day up to publication is out; unveiled with no day, only shown
            if (tense == Tense.FUTURE) {
                return LaunchStatus.expected;
            }
            return isDay(date) && t.pastForm(s) ? LaunchStatus.released : null;
        }
        if (!t.noun() && t.pastForm(s) || tense == Tense.PAST) {
            return LaunchStatus.released;
        }
        if (s.title() && !t.noun() && t.presentForm(s) && tense != Tense.FUTURE) {
            // a headline tells what just happened in the present: "X switches on Y in Ethiopia"
            return LaunchStatus.released;
        }
        if (t.noun() && date == null && !s.lower(t.to()).equals("will") && !prepared(s, t)) {
            return null;
        }
        return LaunchStatus.expected;
    }

    /**
     * "denied a report that it will launch X in April, and said the phone would instead be unveiled in
     * the first half": a statement of its own after the denial, or "instead", ends the denial's reach.
     */
    private static boolean saysOtherwise(ParsedSentence s, int denial, int trigger) {
        for (int k = denial + 1; k < trigger; k++) {
            String w = s.lower(k);
            if (w.equals("instead") || SAYING.contains(w) && (s.lower(k - 1).equals("and") || s.lower(k - 1).equals("but"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAYING = Set.of("said", "says", "added", "adds", "insisted", "confirmed");

    /**
     * "is preparing the launch of X", "ahead of the planned release of X": a launch in the making,
     * expected even without a date (a product prepared with no date is expected, window unknown).
     */
    private static boolean prepared(ParsedSentence s, Trigger t) {
        int k = t.from() - 1;
        while (k >= 0 && k >= t.from() - 3 && LAUNCH_NOUN_MODIFIERS.contains(s.lower(k))) {
            k--;
        }
        return k >= 0 && (PREPARING.contains(s.lower(k)) || s.lower(k).equals("of") && s.lower(k - 1).equals("ahead"));
    }

    /**
     * A negated launch with a date: "is not expected until late 2022" is expected then, "would not go on
     * sale until next year" put off, "is not planned for this year" denied.
     */
    private static LaunchStatus negatedStatus(ParsedSentence s, Trigger t, DateMention date) {
        if (t.expectedOnlyFrom(s)) {
            return LaunchStatus.expected;
        }
        return firstWord(date.text()).matches("until|till") ? LaunchStatus.delayed : LaunchStatus.denied;
    }

    /**
     * A product put on a schedule is expected; "became available on December 6" is released; "is
     * not available until May" is delayed, "is not planned for this year" denied; a plan overtaken
     * ("had been scheduled for") is no launch.
     */
    private static LaunchStatus scheduleStatus(ParsedSentence s, Trigger t, DateMention date) {
        if (t.undatedRelease(s)) {
            return LaunchStatus.expected;
        }
        if (t.formerPlan(s)) {
            return null;
        }
        if (t.negated(s)) {
            if (date == null) {
                return null;
            }
            return negatedStatus(s, t, date);
        }
        if (s.lower(t.from()).equals("available") && s.lower(t.from() - 1).equals("now") && date == null
                && PRESENT_BE.contains(s.lower(t.from() - 2))) {
            // "Gemini 2.0 is now available to developers": out on the day of the story
            return LaunchStatus.released;
        }
        boolean madeToCome = s.lower(t.from() - 1).equals("made") && BE_TO_COME.contains(s.lower(t.from() - 2));
        boolean pastClause = !madeToCome && (PAST_BE.contains(s.lower(t.from())) || PAST_BE.contains(s.lower(t.from() - 1))
                || PAST_BE.contains(s.lower(t.from() - 2)));
        return pastClause && (date == null || date.tense() != Tense.FUTURE) ? LaunchStatus.released : LaunchStatus.expected;
    }

    /** "Tuesday is the retail debut of X": the noun of a launch after a present "is" or "are". */
    private static boolean presentCopula(ParsedSentence s, Trigger t) {
        if (!t.noun()) {
            return false;
        }
        for (int k = Math.max(0, t.from() - 4); k < t.from(); k++) {
            if (s.lower(k).equals("is") || s.lower(k).equals("are")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date phrase is a bare weekday ("on Tuesday") read as one before publication. */
    private static boolean isPastWeekday(DateMention date, LocalDate published) {
        return isDay(date) && date.window().to().isBefore(published) && isWeekday(date);
    }

    /** Whether a date phrase names a day of the week ("on Tuesday"). */
    private static boolean isWeekday(DateMention date) {
        String[] words = date.text().toLowerCase(Locale.ROOT).split("\\s+");
        return CalendarWords.WEEKDAYS.contains(words[words.length - 1]);
    }

    /** Whether a date phrase names one day ("on December 6", "on Wednesday"). */
    private static boolean isDay(DateMention date) {
        LaunchWindow w = date == null ? null : date.window();
        return w != null && w.from() != null && w.from().equals(w.to());
    }

    private static final Set<String> PAST_BE = Set.of("was", "were", "became", "made");
    /** "will be made available": "made" after a "be" still to come. */
    private static final Set<String> BE_TO_COME = Set.of("be", "being");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s");

    /** "a new standalone app called District": a product noun before the name, and "new" or an intention. */
    private static boolean isAnnouncedName(ParsedSentence s, Trigger t) {
        if (!s.anyBefore(t.from(), 3, Lexicon.PRODUCT_NOUNS::contains)) {
            return false;
        }
        for (int j = 0; j < t.from(); j++) {
            String w = s.lower(j);
            if (w.equals("new") || w.equals("intends") || w.equals("plans") || w.equals("will")) {
                return true;
            }
        }
        return false;
    }

    /** Whether two windows are both known and differ. */
    private static boolean otherWindow(LaunchWindow denied, LaunchWindow expected) {
        return denied != null && expected != null && !denied.equals(expected);
    }

    /**
     * An expectation beside a denial of the same product: dropped (the report denied), unless the
     * sentence of the denial gives another date instead ("denied it would go on sale in March, and said
     * it would instead reach dealers in the third quarter"), which is put off when later than the
     * denied one; other launches as they are.
     */
    private static Found besideDenial(Found f, List<Found> found) {
        Found denial = found.stream().filter(o -> o.fact.status() == LaunchStatus.denied
                && sameProduct(o.fact.product(), f.fact.product())).findFirst().orElse(null);
        if (f.fact.status() != LaunchStatus.expected || denial == null) {
            return f;
        }
        if (denial.sentence != f.sentence || !otherWindow(denial.fact.window(), f.fact.window())) {
            return null;
        }
        return f.fact.window().from().isAfter(denial.fact.window().to())
                ? new Found(withStatus(f.fact, LaunchStatus.delayed), f.sentence, f.unnamed, f.shown, f.title) : f;
    }

    private static LaunchFact withStatus(LaunchFact f, LaunchStatus status) {
        return new LaunchFact(f.company(), f.product(), status, f.window(), f.windowText(), f.evidence());
    }

    /** A date before trigger {@code t} that follows another trigger before it: that trigger's date. */
    private static boolean datesAnEarlierTrigger(ParsedSentence s, Trigger t, DateMention date, List<Trigger> triggers) {
        int at = s.token(t.from()).start();
        return date.end() <= at && triggers.stream()
                .anyMatch(o -> o != t && o.to() <= t.from() && s.token(o.to() - 1).end() <= date.start());
    }

    /** The new date of a delay: "to March", "until 2026", "to later this summer". */
    private static boolean isNewDate(ParsedSentence s, DateMention d) {
        String before = s.text().substring(0, d.start()).stripTrailing();
        String word = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return NEW_DATE.contains(firstWord(d.text())) || NEW_DATE.contains(word);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /**
     * One launch per product and status: a delay is dropped when the same sentence says the product
     * was released after all, an expectation when the article reports a denial of it ({@link
     * #besideDenial}), a product shown when the article gives a later date for it to reach the market
     * (FACTS.md: it stays expected until on sale); repeats merge (the first keeps its evidence, a
     * later window fills a missing one and brings its sentence); an unnamed launch merges into a named
     * one of the same company and status.
     */
    private static List<LaunchFact> merge(List<Found> all) {
        List<Found> found = all.stream().map(f -> besideDenial(f, all)).filter(Objects::nonNull).toList();
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (f.shown && found.stream().anyMatch(o -> o.fact.status() == LaunchStatus.expected
                    && (!o.title || o.fact.product().equals(f.fact.product()) && unveiledIn(f.fact))
                    && o.fact.company().equals(f.fact.company())
                    && (sameProduct(o.fact.product(), f.fact.product(), true) || isTailOf(o.fact.product(), f.fact.product()))
                    && o.fact.window() != null && (f.fact.window() == null
                    || o.fact.window().to().isAfter(f.fact.window().to())))) {
                // "unveiled X on Tuesday … X goes on sale on May 15": shown, and on the market later; a headline
                // says so only of the very product unveiled ("unveils X; deliveries to start in December")
                continue;
            }
            if (f.fact.status() == LaunchStatus.delayed && found.stream().anyMatch(o -> o.sentence == f.sentence
                    && (o.fact.status() == LaunchStatus.released || o.fact.status() == LaunchStatus.expected)
                    && o.fact.company().equals(f.fact.company()) && sameProduct(o.fact.product(), f.fact.product()))) {
                // "launched on March 20 after being postponed twice", "plans to launch it in 2024 after
                // problems delayed the model": the delay is the past, the launch the news
                continue;
            }
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                Found k = kept.get(i);
                if (k.fact.company().equals(f.fact.company()) && k.fact.status() == f.fact.status()
                        && (sameProduct(k.fact.product(), f.fact.product(), k.sentence == f.sentence)
                        || (f.unnamed || k.unnamed) && !listedApart(k, f))) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                kept.add(f);
                continue;
            }
            Found k = kept.get(same);
            boolean preferNew = k.unnamed && !f.unnamed;
            Found base = preferNew ? f : k;
            Found other = preferNew ? k : f;
            LaunchFact merged = base.fact;
            if (merged.window() == null && other.fact.window() != null) {
                // the window and the sentence that gives it: a cited date must stand in the citation
                merged = new LaunchFact(merged.company(), merged.product(), merged.status(), other.fact.window(),
                        other.fact.windowText(), other.fact.evidence());
            }
            if (!base.unnamed && !other.unnamed && other.fact.product().length() > merged.product().length()) {
                merged = new LaunchFact(merged.company(), other.fact.product(), merged.status(), merged.window(),
                        merged.windowText(), merged.evidence());
            }
            kept.set(same, new Found(merged, base.sentence, base.unnamed && other.unnamed, base.shown && other.shown,
                    base.title));
        }
        return kept.stream().map(Found::fact).toList();
    }

    static boolean sameProduct(String a, String b) {
        return sameProduct(a, b, false);
    }

    /**
     * Equal once reduced to letters and digits, or one made of whole words of the other when they
     * come from different sentences ("Switch" and "Switch OLED", not "1-2-Switch"); named side by
     * side in one sentence they are two products ("the Pixel 8 and Pixel 8 Pro").
     */
    static boolean sameProduct(String a, String b, boolean sameSentence) {
        String x = squash(a);
        String y = squash(b);
        if (x.equals(y)) {
            return true;
        }
        if (sameSentence || Math.min(x.length(), y.length()) < 3) {
            return false;
        }
        return x.length() < y.length() ? wordsOf(b, x) : wordsOf(a, y);
    }

    /** Whether {@code tail} is the last words of {@code name}, as a later short form ("Gear" of "Galaxy Gear"). */
    private static boolean isTailOf(String tail, String name) {
        String part = squash(tail);
        return part.length() >= 3 && endsWithWords(name, part, 1, false);
    }

    /** Whether some run of whole words of {@code longer} reduces to {@code part}, or to its plural ("iPads"). */
    private static boolean wordsOf(String longer, String part) {
        return endsWithWords(longer, part, 0, true);
    }

    /**
     * Whether the words of {@code longer} from its word {@code firstFrom} or a later one to its last
     * reduce to {@code part} (or, when {@code plural}, to {@code part} + "s").
     */
    private static boolean endsWithWords(String longer, String part, int firstFrom, boolean plural) {
        String[] words = longer.trim().split("\\s+");
        for (int from = firstFrom; from < words.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.length && run.length() < part.length(); to++) {
                run.append(squash(words[to]));
                if (to == words.length - 1 && (run.toString().equals(part) || plural && run.toString().equals(part + "s"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * "flights to Delhi and Las Vegas", "daily Delhi-Bangkok flights … and Delhi-Singapore flights": two unnamed
     * products of one kind (their first or last word shared) that one sentence lists are two launches.
     */
    private static boolean listedApart(Found a, Found b) {
        return a.unnamed && b.unnamed && a.sentence == b.sentence && !a.fact.product().equals(b.fact.product())
                && (firstWord(a.fact.product()).equals(firstWord(b.fact.product()))
                || lastWord(a.fact.product()).equals(lastWord(b.fact.product())));
    }

    private static String lastWord(String description) {
        return description.substring(description.lastIndexOf(' ') + 1);
    }

    /** Whether the launch's sentence unveils ("Hero MotoCorp on Friday unveiled its first electric scooter"). */
    private static boolean unveiledIn(LaunchFact fact) {
        for (String word : fact.evidence().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (UNVEILING.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param shown released by a verb that shows it ("unveiled"), not one that puts it on the market
     * @param title read from the article's title
     */
    private record Found(LaunchFact fact, int sentence, boolean unnamed, boolean shown, boolean title) {
    }
}

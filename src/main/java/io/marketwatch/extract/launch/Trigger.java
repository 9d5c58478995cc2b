package io.marketwatch.extract.launch;

import io.marketwatch.extract.money.MoneyParser;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.time.CalendarWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A word of a sentence that states a launch ("release", "will ship", "went on sale", "launch of"),
 * a delay ("postponed", "its delayed X", "pushes X back") or a naming ("a new app called X").
 *
 * @param from  its first token
 * @param to    the token after it
 * @param type  what it states
 * @param noun  whether it is the noun "launch"/"release" rather than a verb
 */
record Trigger(int from, int to, Type type, boolean noun) {

    /** What a trigger states. */
    enum Type {
        LAUNCH, DELAY, NAMING,
        /**
         * "will be available in", "is planned for", "is due in", "is pencilled in for", "(will be)
         * followed by", "plans X": a product put on a schedule, expected unless the clause is past
         */
        SCHEDULE,
        /** "other titles shown during the presentation included X and Y": products announced, not yet out */
        SHOWCASE
    }

    private static final Set<String> SALE_VERBS = Set.of("go", "goes", "went", "going");
    private static final Set<String> STORE_VERBS = Set.of(
            "hit", "hits", "hitting", "reach", "reaches", "reached", "reaching");
    private static final Set<String> STORES = Set.of("stores", "shelves", "shops", "store");
    /** Where a product arrives when it comes out: shops, the market, its buyers ("reach U.S. customers"). */
    private static final Set<String> AUDIENCES = Set.of(
            "stores", "shelves", "shops", "store", "market", "markets", "customers", "buyers", "consumers", "users",
            "dealers", "dealerships", "showrooms", "subscribers", "drivers", "riders", "patients", "developers",
            "businesses", "enterprises", "hospitals", "pharmacies", "clinics", "doctors", "customer", "airline",
            "airlines", "carriers", "farmers", "players", "gamers", "readers", "viewers", "households", "retailers",
            "motorists", "passengers");
    static final Set<String> STARTS = Set.of(
            "start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "begun");
    /** What starts when a product comes out ("began selling", "start receiving", "begin mass-producing"). */
    private static final Set<String> STARTED = Set.of(
            "deliveries", "selling", "shipping", "shipments", "delivering", "reaching", "receiving", "supplying", "sales",
            "offering", "service", "production", "producing", "mass-producing");
    /** Making that starts ("will start building the X in 2026"): a launch only while it is still to come. */
    private static final Set<String> BUILDING = Set.of("building", "making", "manufacturing", "assembling");
    private static final Set<String> OBJECT_ENDS = Set.of("in", "at", "for", "from", "by", "on", "to");
    /** What is built that is no product ("start building a battery plant"). */
    private static final Set<String> WORKS = Set.of(
            "plant", "plants", "factory", "factories", "facility", "facilities", "fab", "fabs", "line", "lines", "site",
            "sites", "centre", "center", "centres", "centers", "campus", "headquarters", "warehouse", "warehouses",
            "mine", "refinery", "port", "terminal", "hub", "office", "offices", "stores", "network", "pipeline",
            "railway", "tower", "towers", "gigafactory", "complex", "park", "wing", "wings", "parts", "components");
    /** Launch verbs the shared lexicon leaves out, read here only ("rolls out", "premiered"). */
    private static final Set<String> MORE_LAUNCH_VERBS = Set.of(
            "rolls", "rolling", "introducing", "debuting", "premiere", "premieres", "premiered", "premiering",
            "relaunch", "relaunches", "relaunched", "relaunching");
    /** Verbs that launch only with "out" after them ("rolled out", not "rolled"). */
    private static final Set<String> ROLL = Set.of("rolled", "rushed", "roll", "rolls", "rolling");
    private static final Set<String> ENTER = Set.of("enter", "enters", "entered", "entering");
    private static final Set<String> BRING = Set.of("bring", "brings", "brought", "bringing");
    /** Not "offers": "Google offers its Veo model to business customers" tells what is on sale, no launch. */
    private static final Set<String> OFFER = Set.of("offer", "offered", "offering");
    /** In the making: "developing", "designing", "testing" (not "developed", which may be out). */
    private static final Set<String> PROGRESSIVE_ADVERBS = Set.of("still", "also", "now", "already");
    private static final Set<String> DEVELOPING = Set.of("developing", "designing", "testing", "preparing", "readying");
    private static final int DEVELOPED_REACH = 12;
    private static final int OFFER_REACH = 12;
    private static final int BRING_REACH = 13;
    private static final Set<String> BE_NOW = Set.of("is", "are", "was", "were", "'s", "been");
    private static final Set<String> SERVICES = Set.of("service", "services", "flights", "operations");
    /** What a carrier starts to a place ("start flights to Delhi"). */
    private static final Set<String> ROUTES = Set.of("flights", "service", "services");
    private static final Set<String> COME = Set.of("came", "come", "comes", "coming");
    /** What "come out" means when it is no release ("came out against", "came out ahead"). */
    private static final Set<String> NOT_RELEASED_OUT = Set.of(
            "against", "ahead", "of", "with", "behind", "top", "strongly", "publicly", "and", "for");
    private static final Set<String> LIVE_VERBS = Set.of("go", "goes", "went", "going", "gone");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't");
    private static final Set<String> NOUN_LAUNCH = Set.of("launch", "release", "debut", "rollout");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "its", "their", "first", "product", "this", "retail", "commercial", "market", "public",
            "official", "global", "planned", "upcoming", "european", "u.s.", "us", "worldwide");
    /** Words that give a product its name: "a model called X", "the machine, called the CDP-101". */
    static final Set<String> NAMING = Set.of("called", "named", "dubbed");
    private static final Set<String> INCLUDING = Set.of("included", "include", "includes", "including");
    private static final Set<String> SHOWN = Set.of(
            "shown", "showcased", "announced", "unveiled", "revealed", "teased", "previewed", "presented",
            "demonstrated", "introduced");
    private static final Set<String> PRODUCT_PLURALS = Set.of(
            "titles", "games", "products", "devices", "models", "phones", "smartphones", "consoles", "cars",
            "vehicles", "apps", "services", "drugs", "chips", "laptops", "tablets");

    private static final Set<String> SWITCH_VERBS = Set.of(
            "switch", "switches", "switched", "switching", "turn", "turns", "turned", "turning");

    /** "is developing", "are still working on": the verb of a progressive, after a form of "be". */
    private static boolean progressive(ParsedSentence s, int k) {
        return BE_NOW.contains(s.lower(k - 1)) || (s.lower(k - 1).endsWith("ly") || PROGRESSIVE_ADVERBS.contains(s.lower(k - 1)))
                && BE_NOW.contains(s.lower(k - 2));
    }

    /**
     * A product noun and a capitalised name within a few words after {@code from}, before the clause
     * ends ("a foldable phone called Helix Fold"; not "developing the chip", which refers back, nor
     * "its own eVTOL aircraft", a kind of aircraft).
     */
    private static boolean productNounWithin(ParsedSentence s, int from) {
        boolean noun = false;
        boolean named = false;
        for (int j = from; j < Math.min(s.tokens().size(), from + DEVELOPED_REACH); j++) {
            String w = s.lower(j);
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            // "a widebody, the C929": a name in apposition names a product whatever the noun
            noun |= Lexicon.PRODUCT_NOUNS.contains(w) || w.equals(",") && j > from && s.lower(j + 1).equals("the")
                    && s.token(j + 2) != null && s.token(j + 2).isCapitalised();
            named |= s.token(j).isCapitalised();
        }
        return noun && named;
    }

    /**
     * "offer X and Y versions to developers": a capitalised object, then "to" and an audience
     * ("customers", "developers") within a few words, before any clause break (see {@link #toAfterName}).
     */
    private static boolean offeredToAudience(ParsedSentence s, int k) {
        int to = toAfterName(s, k, OFFER_REACH);
        return to > 0 && (AUDIENCES.contains(s.lower(to + 1)) || AUDIENCES.contains(s.lower(to + 2)));
    }

    /**
     * "expects to offer Full Self-Driving in its Model 3 next year": an offer someone intends, with a
     * capitalised object right after it.
     */
    private static boolean intendedOffer(ParsedSentence s, int k) {
        if (!s.lower(k).equals("offer") || !s.lower(k - 1).equals("to") || !INTENDS.contains(s.lower(k - 2))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + 4); j++) {
            Token token = s.token(j);
            if (token.isCapitalised() && !token.lower().equals("the") || token.hasInnerCapital()) {
                return !offeredToSomeone(s, j);
            }
            if (!token.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "offer Model Y buyers a discount": the name describes whom the offer is for. */
    private static boolean offeredToSomeone(ParsedSentence s, int name) {
        int j = name;
        while (isNameOrNumber(s.token(j))) {
            j++;
        }
        return AUDIENCES.contains(s.lower(j)) || s.lower(j).equals("owners");
    }

    /** Marks of an apposition or a bracket inside the object ("its software, FSD (Supervised), to China"). */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "(", ")");

    private static final Set<String> INTENDS = Set.of(
            "expects", "expect", "expected", "plans", "plan", "planned", "aims", "aim", "hopes", "hope", "intends",
            "intend", "wants", "want");

    /**
     * "bring X to Brazil", "brought the X to European customers", "bring the G1 to its customers": a
     * capitalised object, then "to" and a place or an audience within a few words, before any clause
     * break (see {@link #toAfterName}).
     */
    private static boolean broughtToMarket(ParsedSentence s, int k) {
        int to = toAfterName(s, k, BRING_REACH);
        Token next = to > 0 ? s.token(to + 1) : null;
        Token after = to > 0 ? s.token(to + 2) : null;
        if (next == null) {
            return false;
        }
        boolean the = next.lower().equals("the");
        boolean owners = next.lower().equals("its") || next.lower().equals("their");
        if (MoneyParser.isCurrencySign(next.text()) && after != null && after.kind() == Token.Kind.NUMBER) {
            // "brings its investment in X to Rs 11,872 crore": a sum reached, no market
            return false;
        }
        return next.isCapitalised() && !the || AUDIENCES.contains(next.lower())
                || the && after != null && (after.isCapitalised() || AUDIENCES.contains(after.lower()))
                || owners && after != null && AUDIENCES.contains(after.lower());
    }

    /**
     * Where "to" follows the verb at {@code k} within {@code reach} words, with a capitalised word
     * between them and no clause break (an apposition's commas and brackets are none); -1 when it
     * does not.
     */
    private static int toAfterName(ParsedSentence s, int k, int reach) {
        boolean named = false;
        int words = 0;
        for (int j = k + 1; j < s.tokens().size() && words < reach - 1; j++) {
            Token token = s.token(j);
            if (token.lower().equals("to")) {
                return named ? j : -1;
            }
            boolean hyphen = token.text().equals("-");
            if (token.isPunct() && !hyphen && !APPOSITION_MARKS.contains(token.text())) {
                return -1;
            }
            if (named && token.text().equals(",") && ParsedSentence.APPOSITION_OPENERS.contains(s.lower(j + 1))) {
                // "the TurboGrafx-16, the American version of its PC Engine console, to …": the
                // apposition describes the name and counts for nothing
                int close = s.closingComma(j + 1, APPOSITION_REACH);
                if (close > 0) {
                    j = close;
                    continue;
                }
            }
            // "GPT-5" is one word of the reach, not three tokens; marks are none
            words += hyphen ? -1 : token.isPunct() ? 0 : 1;
            named |= token.isNamelike();
        }
        return -1;
    }

    private static final int APPOSITION_REACH = 12;

    /** A product noun or a name within a few words ("its mobile network", "M-Pesa"), before any clause break. */
    private static boolean serviceNamedAfter(ParsedSentence s, int k) {
        for (int j = k; j < Math.min(s.tokens().size(), k + 5); j++) {
            Token token = s.token(j);
            if (Lexicon.PRODUCT_NOUNS.contains(token.lower()) || token.isCapitalised()) {
                return true;
            }
            if (token.isPunct() && !token.lower().equals("-")) {
                // "switched on its ride-hailing app": a hyphen joins the words of one description
                return false;
            }
        }
        return false;
    }

    /** "put off the launch of": a launch noun after a few determiners, not "put off buyers". */
    private static boolean launchNounAfter(ParsedSentence s, int k) {
        int j = k;
        while (j < k + 3 && DETERMINERS.contains(s.lower(j))) {
            j++;
        }
        return NOUN_LAUNCH.contains(s.lower(j)) || s.lower(j).equals("plans");
    }

    /**
     * The end of the sale that opens at {@code k}: a sale verb and then "on sale" ("go on sale"), or "on sale"
     * with no sale verb before it ("put it on general sale"); -1 when none does.
     */
    private static int saleEnd(ParsedSentence s, int k) {
        return SALE_VERBS.contains(s.lower(k)) ? onSaleEnd(s, k + 1)
                : SALE_VERBS.contains(s.lower(k - 1)) ? -1 : onSaleEnd(s, k);
    }

    /** The end of "on sale" or "on general sale" opening at {@code on}, or -1. */
    private static int onSaleEnd(ParsedSentence s, int on) {
        if (!s.lower(on).equals("on")) {
            return -1;
        }
        if (s.lower(on + 1).equals("sale")) {
            return on + 2;
        }
        return SALE_SCOPES.contains(s.lower(on + 1)) && s.lower(on + 2).equals("sale") ? on + 3 : -1;
    }

    /** "put it on general sale in April", "goes on wide sale": how far a sale reaches. */
    private static final Set<String> SALE_SCOPES = Set.of("general", "wide", "wider", "public", "nationwide", "global");

    static List<Trigger> find(ParsedSentence s) {
        List<Trigger> out = new ArrayList<>();
        int n = s.tokens().size();
        for (int k = 0; k < n; k++) {
            if (!s.isRunningText(k)) {
                continue;
            }
            String w = s.lower(k);
            if (!OPENERS.contains(w)) {
                continue;
            }
            int started = STARTS.contains(w) ? startedAt(s, k) : -1;
            int taken = TAKE.contains(w) ? firstTakenAt(s, k) : -1;
            int sale = saleEnd(s, k);
            int schedule = scheduled(s, k);
            int market = entersMarket(s, k);
            int passengers = passengersCarried(s, k);
            if (sale > 0) {
                out.add(new Trigger(k, sale, Type.LAUNCH, false));
                k = sale - 1;
            } else if (STORE_VERBS.contains(w) && audienceAfter(s, k) > 0) {
                out.add(new Trigger(k, audienceAfter(s, k) + 1, Type.LAUNCH, false));
            } else if (w.equals("in") && (storesWithin(s, k + 1) || s.lower(k + 1).equals("showrooms"))
                    && (BE.contains(s.lower(k - 1)) || s.lower(k - 1).equals("due") && BE.contains(s.lower(k - 2)))) {
                // "will be in shops before the end of the year", "is due in showrooms later this year"
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
                k++;
            } else if (COME.contains(w) && s.lower(k + 1).equals("out") && !NOT_RELEASED_OUT.contains(s.lower(k + 2))
                    && !s.lower(k + 3).startsWith("favo")) {
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
                k++;
            } else if (COME.contains(w) && s.lower(k + 1).equals("to") && Lexicon.PLACES.matchAt(s.tokens(), k + 2) > 0) {
                // "Kestrel Pay will come to Kenya in 2025": a product or service coming into a market
                out.add(new Trigger(k, k + 2 + Lexicon.PLACES.matchAt(s.tokens(), k + 2), Type.LAUNCH, false));
                k++;
            } else if (SWITCH_VERBS.contains(w) && s.lower(k + 1).equals("on") && serviceNamedAfter(s, k + 2)) {
                // "switched on its mobile network", "turns on commercial 5G service"
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
                k++;
            } else if (BankOpenings.at(s, k)) {
                // "Kakao Bank opened on July 27", "X Bank will start operations on May 23"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (market > 0) {
                // "began operating in Johannesburg on Tuesday", "is now running in Lagos": a service comes into a market
                out.add(new Trigger(k, market, Type.LAUNCH, false));
                k = market - 1;
            } else if (LIVE_VERBS.contains(w) && s.lower(k + 1).equals("live")) {
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
                k++;
            } else if (passengers > 0) {
                // "began flying paying passengers on Thursday", "flew its first scheduled passengers"
                out.add(new Trigger(k, passengers + 1, Type.LAUNCH, false));
                k = passengers;
            } else if (Routes.at(s, k)) {
                // "will start daily Delhi-Bangkok flights on Sept. 8", "Flights to Thessaloniki will start on February 4"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (STARTS.contains(w) && toCome(s, k) && newPlaceBefore(s, k) >= 0) {
                // "A Brisbane-Melbourne service will begin on September 7": a new service is the subject
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (STARTS.contains(w) && startedService(s, k)) {
                // "aims to begin commercial passenger service in 2025": the service is the object
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (STARTS.contains(w) && namedStartInPlace(s, k)) {
                // "Apple Pay starts in the United States in October": a named service starting in a market
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (STARTS.contains(w) && (startingSubject(s, k) || bareStartingSubject(s, k))) {
                // "deliveries of the X will begin in early 2026"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (started > 0) {
                // "began selling X", "will start mass production of X": the product follows
                out.add(new Trigger(k, started, Type.LAUNCH, false));
                k = started - 1;
            } else if (w.equals("put") && onShelves(s, k)) {
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (Lexicon.DELAY_WORDS.matchAt(s.tokens(), k) > 0
                    && !s.lower(k + Lexicon.DELAY_WORDS.matchAt(s.tokens(), k)).equals("against")
                    && (!w.startsWith("put") || launchNounAfter(s, k + 2))) {
                out.add(new Trigger(k, k + Lexicon.DELAY_WORDS.matchAt(s.tokens(), k), Type.DELAY, false));
            } else if ((w.equals("pushes") || w.equals("pushed") || w.equals("pushing"))
                    && (backWithin(s, k) || launchNounAfter(s, k + 1) || toADate(s, k + 1))
                    && !s.lower(k + 2).equals("against")) {
                // "pushed back the X", "pushed the launch of X to March", "pushes its open model to later this summer"
                out.add(new Trigger(k, k + 1, Type.DELAY, false));
            } else if (INCLUDING.contains(w) && isShowcase(s, k)) {
                out.add(new Trigger(k, k + 1, Type.SHOWCASE, false));
            } else if (NAMING.contains(w)) {
                out.add(new Trigger(k, k + 1, Type.NAMING, false));
            } else if (schedule > 0) {
                out.add(new Trigger(k, k + schedule, Type.SCHEDULE, false));
                // "made X generally available": one trigger, read from "made"
                k = MAKE.contains(w) ? available(s, k) : k + schedule - 1;
            } else if (w.equals("followed") && s.lower(k + 1).equals("by")) {
                out.add(new Trigger(k, k + 2, Type.SCHEDULE, false));
                // "followed by the X in 2025, …, and by the Y in 2026": each "by" starts a product of its own
                for (int j = k + 2; j < n - 1; j++) {
                    if (s.lower(j).equals("by") && (s.lower(j - 1).equals("and") || s.lower(j - 1).equals("then"))) {
                        out.add(new Trigger(j, j + 1, Type.SCHEDULE, false));
                    }
                }
                k++;
            } else if (progressive(s, k) && (DEVELOPING.contains(w) && productNounWithin(s, k + 1)
                    || w.equals("working") && s.lower(k + 1).equals("on") && productNounWithin(s, k + 2))) {
                // "is developing its own eVTOL aircraft, the Skyhopper": a product in the making is expected
                int to = w.equals("working") ? k + 2 : k + 1;
                out.add(new Trigger(k, to, Type.LAUNCH, false));
            } else if (OFFER.contains(w) && (offeredToAudience(s, k) || intendedOffer(s, k))) {
                // "plans to offer GPT-5 mini and GPT-5 nano to developers": a product made available
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (BRING.contains(w) && broughtToMarket(s, k)) {
                // "brought its Volt X to Brazil in May": launched in a new market
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (FOLLOW.contains(w) && futureBefore(s, k) && followedWith(s, k) > 0) {
                // "LG will follow with its V50 ThinQ on April 19", "will follow the Seltos with the Carnival"
                out.add(new Trigger(k, followedWith(s, k) + 1, Type.LAUNCH, false));
            } else if (BRING.contains(w) && s.lower(k + 1).equals("out")) {
                // "plans to bring out the Scrambler 400 X in October"
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
            } else if ((SELL.contains(w) || BRING.contains(w)) && futureBefore(s, k) && soldUnderName(s, k)) {
                // "plans to sell a version of the machine next year under the name Super Famicom"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (SELL.contains(w) && futureBefore(s, k) && startTimeAfterObject(s, k)) {
                // "will sell the Basta sauna in Sweden from next month", "will offer Ceu Net … starting in June"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (ADD.contains(w) && toRangeAfter(s, k)) {
                // "will add an electric pickup to its range in 2026"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (DELIVER.contains(w) && firstOneAfter(s, k + 1)) {
                // "expects to deliver the first Hydra Tug in late 2026"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (taken > 0) {
                // "took delivery of the first CS100", "took title to the first production Boeing 777": a customer
                // receiving the first one made; the product's maker launches it
                out.add(new Trigger(k, taken, Type.LAUNCH, false));
            } else if (HAND.contains(w) && s.lower(k + 1).equals("over") && firstOneAfter(s, k + 2)) {
                // "handed over the first 737 MAX 8 to Malindo Air on Tuesday"
                out.add(new Trigger(k, k + 2, Type.LAUNCH, false));
            } else if (OPENED.contains(w) && (openedService(s, k) || openedFirstStore(s, k) || openedNamedService(s, k))) {
                // "plans to open the Globalstar service in 1999", "aims to open a competing service in 2000",
                // "opened its first store in South Africa on Thursday"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (ENTER.contains(w) && withAfterPlace(s, k) > 0) {
                // "Kia enters India with the Seltos": the product a company comes into a market with
                out.add(new Trigger(k, withAfterPlace(s, k) + 1, Type.LAUNCH, false));
            } else if (SALE_VERBS.contains(w) && s.lower(k + 1).equals("into") && productionAfter(s, k + 1) > 0) {
                // "the Xeon chips will go into production in the first quarter": as "enter production"
                out.add(new Trigger(k, productionAfter(s, k + 1) + 1, Type.LAUNCH, false));
            } else if (ENTER.contains(w) && serviceAfter(s, k) > 0) {
                // "the jet entered commercial service in May", "will enter service next year"
                out.add(new Trigger(k, serviceAfter(s, k) + 1, Type.LAUNCH, false));
            } else if (APPEAR.contains(w) && appearsWhereSold(s, k)) {
                // "is expected to appear in smartphones early next year", "will appear in stores in May"
                out.add(new Trigger(k, k + 1, Type.LAUNCH, false));
            } else if (Lexicon.LAUNCH_VERBS.contains(w) || MORE_LAUNCH_VERBS.contains(w)) {
                launchWord(s, k).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "no", "not", "never" or "without" just before a release date: none has been given. */
    private static final Set<String> UNDATED = Set.of("no", "not", "never", "without");
    private static final int UNDATED_REACH = 4;

    /** "appear in stores", "appear on shelves", "appear in smartphones": where a product is sold or built in. */
    private static boolean appearsWhereSold(ParsedSentence s, int k) {
        if (!s.lower(k + 1).equals("in") && !s.lower(k + 1).equals("on")) {
            return false;
        }
        int place = s.lower(k + 2).equals("the") ? k + 3 : k + 2;
        return AUDIENCES.contains(s.lower(place)) || DEVICES.contains(s.lower(place));
    }

    private static final Set<String> APPEAR = Set.of("appear", "appears", "appearing");
    /** What a component is sold in ("expected to appear in smartphones"). */
    private static final Set<String> DEVICES = Set.of(
            "smartphones", "phones", "handsets", "devices", "laptops", "pcs", "computers", "cars", "vehicles", "tablets");

    private static Optional<Trigger> launchWord(ParsedSentence s, int k) {
        String w = s.lower(k);
        if (ROLL.contains(w) && !s.lower(k + 1).equals("out")) {
            return Optional.empty();
        }
        int to = s.lower(k + 1).equals("out") ? k + 2 : k + 1;
        boolean noun = NOUN_LAUNCH.contains(w) && (DETERMINERS.contains(s.lower(k - 1))
                || s.token(k - 1) != null && (s.token(k - 1).possessive() || s.token(k - 1).kind()
                == Token.Kind.NUMBER) || s.lower(k + 1).equals("of")
                || s.lower(k + 1).equals("for"));
        if (noun && (Lexicon.LAUNCH_COMPOUNDS.contains(s.lower(k + 1)) || s.lower(k - 1).equals("product"))
                || w.equals("launch") && LAUNCH_ROLES.contains(s.lower(k + 1))) {
            // "the launch event"; "operated by launch customer X"; "placed the launch order for the X"
            return Optional.empty();
        }
        boolean determiner = s.lower(to).equals("a") || s.lower(to).equals("the") || s.lower(to).equals("its");
        if (!noun && (Lexicon.NOT_LAUNCHED.contains(s.lower(to))
                || determiner && Lexicon.NOT_LAUNCHED.contains(s.lower(to + 1)))) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(k, to, Type.LAUNCH, noun));
    }

    /**
     * How many tokens a schedule predicate at {@code k} takes: "available" after a form of "be" or
     * "become" (or "make … available"), "planned/scheduled/slated/set/earmarked for", "pencilled
     * in", "due" before a time ("due in July", "due out", "due later"), "plans" before a capitalised
     * name; 0 when there is none.
     */
    private static int scheduled(ParsedSentence s, int k) {
        String w = s.lower(k);
        String next = s.lower(k + 1);
        if (SLATES.contains(w) && listAfter(s, k) > 0) {
            // "ran through its calendar in one breath: X on March 24, Y on April 28 …", "the 2021 slate begins
            // with X on Jan. 29 and includes Y on May 21": a dated slate
            return 1;
        }
        if (w.equals("available") && (BE_AVAILABLE.contains(s.lower(k - 1)) || BE_AVAILABLE.contains(s.lower(k - 2)))) {
            return 1;
        }
        if (SCHEDULED.contains(w) && next.equals("for") && afterBe(s, k)) {
            return 2;
        }
        if (SCHEDULED.contains(w) && next.equals("to") && SCHEDULED_STARTS.contains(s.lower(k + 2))
                && afterBe(s, k) && !PAST_SCHEDULE.contains(s.lower(k - 1))) {
            // "is scheduled to start carrying passengers next year", "is set to enter service in 2026"
            return 3;
        }
        if ((w.equals("pencilled") || w.equals("penciled")) && next.equals("in")) {
            return 2;
        }
        if (SCHEDULED.contains(w) && afterBe(s, k) && !PAST_SCHEDULE.contains(s.lower(k - 1)) && colonAfter(s, k) > 0) {
            // "Two more models are planned under the Ioniq name: the Ioniq 6 … in 2022, and …"
            return 1;
        }
        if (w.equals("due") && DUE_BEFORE.contains(next) && !(next.equals("to") && TAKING.contains(s.lower(k + 2)))
                && (afterBe(s, k) || (Lexicon.PRODUCT_NOUNS.contains(s.lower(k - 1)) || namedBeforeComma(s, k))
                && timeFollows(s, k + 1))) {
            // "is due in July"; "the o3-mini reasoning model due in the coming weeks"
            return 1;
        }
        if (w.equals("expected") && afterBe(s, k) && !PAST_SCHEDULE.contains(s.lower(k - 1)) && namedSubject(s, k)
                && (timeFollows(s, k + 1) || UNTIL.contains(next) && timeFollows(s, k + 2))) {
            // "the OnePlus 6T, is expected next month", "The Nova 7 is expected in the first quarter", "Genoa
            // is not expected until late 2022": a named product expected at a time
            return 1;
        }
        if (SCHEDULE_ASIDES.contains(w) && s.lower(k - 1).equals(",") && namedBefore(s, k - 2)
                && asideTimeFollows(s, k + 1)) {
            // "the Opal 9, due out in March,", "the Nova 7 model, expected later this year,", "the Zen
            // Fold, slated for a September release,": a schedule set off after the product's name
            return 1;
        }
        if (MAKE.contains(w) && availableAfter(s, k)) {
            return 1;
        }
        if ((w.equals("follows") || w.equals("follow")) && s.token(k + 1) != null && TIME_STARTS.contains(next)) {
            return 1;
        }
        if (OPENED.contains(w) && next.equals("to") && s.lower(k + 2).equals("the") && s.lower(k + 3).equals("public")) {
            // "should be opened to the public later this year"
            return 4;
        }
        if (COMES.contains(w) && s.token(k + 1) != null && s.token(k + 1).isCapitalised() && timeEndsAt(s, k - 1)) {
            // "In 2026 comes Rubin": the product after the verb, its time before
            return 1;
        }
        if ((COMES.contains(w) || OPENS.contains(w)) && timeFollows(s, k + 1) && !BE_NOW.contains(s.lower(k - 1))) {
            // "Apple TV+ also comes this fall", "a redesigned app comes in May", "Apple Arcade will open this fall"
            return 1;
        }
        if ((w.equals("plans") || w.equals("planned")) && !BE.contains(s.lower(k - 1)) && s.token(k + 1) != null
                && s.token(k + 1).isCapitalised()) {
            return 1;
        }
        if (w.equals("release") && next.equals("date") && s.anyBefore(k, UNDATED_REACH, UNDATED::contains)) {
            // "still has no release date", "has not set a release date for X": still to come, with no window
            return 2;
        }
        return 0;
    }

    /** "the Pixel 10, due in August": a comma right after a capitalised name or a number. */
    private static boolean namedBeforeComma(ParsedSentence s, int k) {
        return s.lower(k - 1).equals(",") && isNameOrNumber(s.token(k - 2));
    }

    /**
     * A name or a number right before the forms of "be" that precede {@code k}, or before the comma that closes
     * its aside ("the OnePlus 6T, is expected"); not a bare noun ("the first cars are expected").
     */
    private static boolean namedSubject(ParsedSentence s, int k) {
        int j = k - 1;
        while (j > k - 4 && (BE.contains(s.lower(j)) || NEGATIONS.contains(s.lower(j))
                || PROGRESSIVE_ADVERBS.contains(s.lower(j)))) {
            j--;
        }
        if (Lexicon.PRODUCT_NOUNS.contains(s.lower(j)) && isNameOrNumber(s.token(j - 1))) {
            // "The Zen 5 game is expected in early 2022": the name before its product noun
            return true;
        }
        return isNameOrNumber(s.token(s.lower(j).equals(",") ? j - 1 : j));
    }

    /** A name, a number or a product noun at {@code k} ("the Zen Fold", "the Volt 9", "the Nova 7 model"). */
    private static boolean namedBefore(ParsedSentence s, int k) {
        Token before = s.token(k);
        return isNameOrNumber(before) || before != null && Lexicon.PRODUCT_NOUNS.contains(before.lower());
    }

    /** A capitalised word or a number ("Pixel", "10"); false past the sentence's end. */
    private static boolean isNameOrNumber(Token t) {
        return t != null && (t.isCapitalised() || t.kind() == Token.Kind.NUMBER);
    }

    /**
     * A time at {@code k}, after "out" or "for" and a launch noun if they stand there ("due out in
     * March", "slated for 2026", "scheduled for release in the second half").
     */
    private static boolean asideTimeFollows(ParsedSentence s, int k) {
        int j = ASIDE_TIME_FILLERS.contains(s.lower(k)) ? k + 1 : k;
        if (s.lower(j).equals("a") || s.lower(j).equals("an")) {
            j++;
        }
        if (ASIDE_LAUNCH_NOUNS.contains(s.lower(j))) {
            // "scheduled for release in the second half"
            j++;
        }
        Token at = s.token(j);
        return at != null && (timeFollows(s, j) || at.kind() == Token.Kind.NUMBER && CalendarWords.isYear(at.lower())
                || CalendarWords.MONTHS.contains(at.lower()));
    }

    private static final Set<String> SCHEDULE_ASIDES = Set.of("due", "expected", "slated", "scheduled", "planned", "set");
    private static final Set<String> ASIDE_TIME_FILLERS = Set.of("out", "for");
    private static final Set<String> ASIDE_LAUNCH_NOUNS = Set.of("release", "launch", "delivery", "debut");

    /** "made Gemini Flash generally available": "available" a few words on, with no clause break between. */
    private static boolean availableAfter(ParsedSentence s, int k) {
        return available(s, k) > 0;
    }

    /** The token of "available" after a "make" at {@code k} (see {@link #availableAfter}), or -1. */
    private static int available(ParsedSentence s, int k) {
        for (int j = k + 2; j < Math.min(s.tokens().size(), k + 9); j++) {
            if (s.lower(j).equals("available")) {
                return j;
            }
            if (s.token(j).isPunct() && !s.lower(j).equals("-") && !s.lower(j).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A time phrase opening at {@code k}: "next", "later", "this", "early", "late", or "in", "on",
     * "by", "from" before a month, a number or "the" ("in May", "on March 3", "in the summer").
     */
    private static boolean timeFollows(ParsedSentence s, int k) {
        String w = s.lower(k);
        if (TIME_OPENERS.contains(w)) {
            return true;
        }
        Token after = s.token(k + 1);
        return TIME_PREPOSITIONS.contains(w) && after != null && (after.kind() == Token.Kind.NUMBER
                || CalendarWords.MONTHS.contains(after.lower()) || TIME_ARTICLES.contains(after.lower()));
    }

    private static final Set<String> UNTIL = Set.of("until", "till");
    private static final Set<String> SCHEDULED_STARTS = Set.of(
            "start", "begin", "enter", "arrive", "reach", "ship", "hit", "debut", "open", "fly");
    /** "was scheduled to enter service in 2020": a former plan, read by the verb after it if at all. */
    private static final Set<String> PAST_SCHEDULE = Set.of("was", "were", "been");
    /**
     * Whether a time phrase ends at token {@code k}: a year or a number, a month, a season, "year",
     * "quarter", "half", or "then" ("Then comes X").
     */
    private static boolean timeEndsAt(ParsedSentence s, int k) {
        Token t = s.token(k);
        return t != null && (t.kind() == Token.Kind.NUMBER || CalendarWords.MONTHS.contains(t.lower())
                || TIME_NOUNS.contains(t.lower()));
    }

    private static final Set<String> TIME_NOUNS = Set.of(
            "year", "quarter", "half", "spring", "summer", "autumn", "fall", "winter", "then");

    /** "In 2026 comes Rubin": a "comes" whose product follows it. */
    boolean invertedArrival(ParsedSentence s) {
        return COMES.contains(s.lower(from)) && s.token(to) != null && s.token(to).isCapitalised();
    }

    private static final Set<String> COMES = Set.of("comes", "come");
    private static final Set<String> OPENS = Set.of("opens", "open");
    private static final Set<String> SELL = Set.of("sell", "offer");
    /** Nouns of the name a product is sold under ("under the name X", "under the X brand"). */
    static final Set<String> NAME_NOUNS = Set.of("name", "brand", "badge", "label", "nameplate");
    static final int SOLD_UNDER_REACH = 16;
    private static final int SOLD_UNDER_NAME_WORDS = 4;

    /**
     * Whether "under the name …" or "under the X name" follows the verb at {@code k} in its clause:
     * the product is sold under a name of its own.
     */
    static boolean soldUnderName(ParsedSentence s, int k) {
        int j = underThe(s, k + 1, k + SOLD_UNDER_REACH);
        if (j < 0) {
            return false;
        }
        if (NAME_NOUNS.contains(s.lower(j + 2))) {
            return s.token(j + 3) != null && s.token(j + 3).isCapitalised();
        }
        for (int m = j + 2; m < j + 2 + SOLD_UNDER_NAME_WORDS && s.token(m) != null; m++) {
            if (NAME_NOUNS.contains(s.lower(m))) {
                return m > j + 2;
            }
            if (!s.token(m).isCapitalised() && s.token(m).kind() != Token.Kind.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token of "under" in the first "under the" from {@code from} up to {@code end} (exclusive),
     * before any comma or clause break, or -1.
     */
    static int underThe(ParsedSentence s, int from, int end) {
        for (int j = from; j < Math.min(s.tokens().size() - 2, end); j++) {
            String w = s.lower(j);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                return -1;
            }
            if (w.equals("under") && s.lower(j + 1).equals("the")) {
                return j;
            }
        }
        return -1;
    }
    private static final Set<String> OWN = Set.of("its", "their");
    private static final Set<String> LAUNCH_ROLES = Set.of(
            "customer", "customers", "partner", "partners", "operator", "order", "orders", "airline", "carrier");
    private static final Set<String> ADD = Set.of("add", "adds", "adding");
    private static final Set<String> DELIVER = Set.of("deliver", "delivers", "delivered", "delivering");
    private static final Set<String> HAND = Set.of("hand", "hands", "handed", "handing");

    /** "the first" and a name (or a model number) at {@code k}: the first unit of a new model. */
    private static boolean firstOneAfter(ParsedSentence s, int k) {
        return s.lower(k).equals("the") && s.lower(k + 1).equals("first") && isNameOrNumber(s.token(k + 2));
    }

    /**
     * Where the name starts after a customer's "took delivery of the first", "took title to the first
     * production", "take the first": the first of a product handed over; -1 when no such words follow.
     */
    private static int firstTakenAt(ParsedSentence s, int k) {
        int j = k + 1;
        if (s.lower(j).equals("delivery") && s.lower(j + 1).equals("of")
                || s.lower(j).equals("title") && s.lower(j + 1).equals("to")) {
            j += 2;
        }
        if (!s.lower(j).equals("the") || !s.lower(j + 1).equals("first")) {
            // "took delivery of its first A350" is the customer's first, not the product's
            return -1;
        }
        j += s.lower(j + 2).equals("production") ? 3 : 2;
        return isNameOrNumber(s.token(j)) ? j : -1;
    }

    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking", "taken");

    /** What a company adds a product to ("to its range"). */
    private static final Set<String> RANGES = Set.of(
            "range", "lineup", "line-up", "portfolio", "fleet", "menu", "catalogue", "catalog", "offering", "offerings");
    private static final Set<String> START_WORDS = Set.of("from", "starting", "beginning");

    /** A future word ("will", "plans to") in the few words before {@code k}, within its clause. */
    private static boolean futureBefore(ParsedSentence s, int k) {
        return futureWordBefore(s, k, 4) >= 0;
    }

    /** The nearest future word ("will", "plans") within {@code reach} words before {@code k} in its clause, or -1. */
    private static int futureWordBefore(ParsedSentence s, int k, int reach) {
        for (int j = k - 1; j >= Math.max(0, k - reach); j--) {
            if (s.lower(j).equals(",") || s.lower(j).equals(";") || SUBORDINATORS.contains(s.lower(j))) {
                // "the first carrier to connect phones to satellites when it launched X": the clause's own tense
                return -1;
            }
            if (Lexicon.FUTURE_WORDS.contains(s.lower(j)) && (!s.lower(j).equals("to") || infinitiveOf(s, j, k))) {
                return j;
            }
        }
        return -1;
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "since", "because", "where", "whereas");

    /** Whether the "to" at {@code to} marks the infinitive of the verb at {@code k} ("to launch", "to be officially released"). */
    private static boolean infinitiveOf(ParsedSentence s, int to, int k) {
        for (int j = to + 1; j < k; j++) {
            String w = s.lower(j);
            if (!w.equals("be") && !w.equals("have") && !w.equals("been") && !w.endsWith("ly")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised object after the verb and then, in the same clause, a start ("from June 1",
     * "starting in June", "beginning next month").
     */
    private static boolean startTimeAfterObject(ParsedSentence s, int k) {
        int j = s.lower(k + 1).equals("the") || s.lower(k + 1).equals("its") ? k + 2 : k + 1;
        if (s.token(j) == null || !s.token(j).isCapitalised()) {
            return false;
        }
        for (int m = j + 1; m < Math.min(s.tokens().size() - 1, j + 20); m++) {
            if (s.lower(m).equals(";") || s.lower(m).equals("but")) {
                return false;
            }
            if (START_WORDS.contains(s.lower(m)) && (timeFollows(s, m + 1) || timeFollows(s, m))) {
                return true;
            }
        }
        return false;
    }

    /** "add an electric pickup to its range": "to its/the/their" and a range noun a few words on. */
    private static boolean toRangeAfter(ParsedSentence s, int k) {
        for (int m = k + 2; m < Math.min(s.tokens().size() - 2, k + 9); m++) {
            if (s.lower(m).equals("to") && RANGES.contains(s.lower(m + 2))) {
                return true;
            }
            if (s.lower(m).equals(",") || s.lower(m).equals(";")) {
                return false;
            }
        }
        return false;
    }
    private static final Set<String> OPENED = Set.of("open", "opens", "opened", "opening");
    private static final Set<String> TIME_OPENERS = Set.of("next", "later", "this", "early", "late");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "by", "from");
    private static final Set<String> TIME_ARTICLES = Set.of("the", "early", "late", "mid");
    private static final Set<String> BOTH = Set.of("both", "all");
    private static final Set<String> MAKE = Set.of("made", "make", "makes", "making");
    /** Words that open a time phrase right after a verb ("follows next quarter", "follows in May"). */
    private static final Set<String> TIME_STARTS = Set.of("next", "later", "in", "this", "early", "on", "by");

    /** The colon that ends the clause of token {@code k} within a few words, or -1. */
    static int colonAfter(ParsedSentence s, int k) {
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + COLON_REACH); j++) {
            if (s.lower(j).equals(":")) {
                return j;
            }
            if (s.lower(j).equals(",") || s.lower(j).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static final int COLON_REACH = 8;

    /**
     * Where the items of a list after the word at {@code k} start: its colon, or for a slate the
     * "includes" or the "with" of "begins with" that opens the items ("the 2021 slate begins with"); -1.
     */
    static int listAfter(ParsedSentence s, int k) {
        int colon = colonAfter(s, k);
        if (colon > 0 || !SLATES.contains(s.lower(k))) {
            return colon;
        }
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + COLON_REACH); j++) {
            if (INCLUDING.contains(s.lower(j)) || s.lower(j).equals("with") && SLATE_OPENINGS.contains(s.lower(j - 1))) {
                return j;
            }
            if (s.lower(j).equals(";") || s.lower(j).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The verbs that open a slate's items with "with" ("begins with", "starting with", "kicks off with"). */
    private static final Set<String> SLATE_OPENINGS = Set.of(
            "begins", "began", "begin", "starts", "started", "start", "starting", "opens", "opened", "off");
    /** What a service does once it is in a market ("began operating in", "is now running in"). */
    static final Set<String> IN_MARKET = Set.of("operating", "operations", "running", "available", "live");

    /**
     * The token just after "began operating" or "is now running/available/live" at {@code k} when
     * "in" and a place follow (the span ends before "in"), else -1.
     */
    private static int entersMarket(ParsedSentence s, int k) {
        int end;
        if (STARTS.contains(s.lower(k)) && (s.lower(k + 1).equals("operating") || s.lower(k + 1).equals("operations"))) {
            end = k + 2;
        } else if (s.lower(k).equals("now") && BE.contains(s.lower(k - 1)) && IN_MARKET.contains(s.lower(k + 1))) {
            end = k + 2;
        } else if (OPENED.contains(s.lower(k)) && openedBySubject(s, k) && s.nearestBefore(k, k, 0, TRADED::contains) < 0) {
            // "Netflix opened in Canada last September": a company's service opening in a market ("shares of
            // X opened in New York at $20" is trading)
            end = k + 1;
        } else {
            return -1;
        }
        return s.lower(end).equals("in") && Lexicon.PLACES.matchAt(s.tokens(), end + 1) > 0 ? end : -1;
    }

    private static final Set<String> TRADED = Set.of("shares", "stock", "stocks", "index", "market", "trading");
    /** What may stand before a subject's name: the sentence's start, a comma, "and" ("a shop John Cadbury opened" is no subject). */
    private static final Set<String> SUBJECT_OPENINGS = Set.of("", ",", "and", ";", "-", "\u2014");

    /** A name right before {@code k}, or before its comma ("Its main rival, Netflix, opened"), that opens a clause. */
    private static boolean openedBySubject(ParsedSentence s, int k) {
        int end = s.lower(k - 1).equals(",") ? k - 2 : k - 1;
        if (s.token(end) == null || !s.token(end).isCapitalised()) {
            return false;
        }
        int j = end;
        while (j > 0 && s.token(j - 1).isCapitalised()) {
            j--;
        }
        return SUBJECT_OPENINGS.contains(s.lower(j - 1));
    }

    /** Nouns of a dated list of releases that a colon opens. */
    private static final Set<String> SLATES = Set.of("calendar", "slate", "line-up", "lineup", "schedule", "roadmap");

    /** Whether a form of "be" stands right before token {@code k}, or before "not"/"never"/"both" there. */
    private static boolean afterBe(ParsedSentence s, int k) {
        return BE.contains(s.lower(k - 1)) || (NEGATIONS.contains(s.lower(k - 1)) || BOTH.contains(s.lower(k - 1)))
                && BE.contains(s.lower(k - 2));
    }

    private static final Set<String> BE = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "'s", "now", "still", "currently", "also", "tentatively");
    private static final Set<String> BE_AVAILABLE = Set.of(
            "be", "is", "are", "was", "were", "been", "become", "becomes", "became", "becoming", "generally", "widely",
            "broadly", "now", "also", "first");
    private static final Set<String> SCHEDULED = Set.of(
            "planned", "scheduled", "slated", "set", "earmarked", "penciled", "pencilled", "targeted", "timed");
    /** "is due to receive its first aircraft": a customer's part, not a launch. */
    private static final Set<String> TAKING = Set.of("receive", "take", "get", "buy", "order", "accept");
    private static final Set<String> DUE_BEFORE = Set.of(
            "in", "by", "out", "on", "later", "early", "next", "this", "before", "around", "from", "at", "to");

    /** "titles shown during the presentation included": a plural product noun, then a showing verb. */
    private static boolean isShowcase(ParsedSentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
            if (SHOWN.contains(s.lower(j))) {
                for (int p = j - 1; p >= Math.max(0, j - 3); p--) {
                    if (PRODUCT_PLURALS.contains(s.lower(p))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The token of the audience a "reach"/"hit" at {@code k} brings a product to ("reach stores",
     * "reached European shops", "should reach outside customers"), at most three words on, or -1.
     */
    private static int audienceAfter(ParsedSentence s, int k) {
        for (int j = k + 1; j <= Math.min(s.tokens().size() - 1, k + 4); j++) {
            if (AUDIENCES.contains(s.lower(j))) {
                return j;
            }
            if (s.token(j).isPunct() && !s.lower(j).equals(".") || s.token(j).kind() == Token.Kind.NUMBER) {
                return -1;
            }
        }
        return -1;
    }

    /** The token of "service" after an "enter" at {@code k}, with at most one word between, or -1. */
    private static int serviceAfter(ParsedSentence s, int k) {
        if (s.lower(k + 1).equals("service")) {
            return k + 1;
        }
        if (s.lower(k).equals("enter") && PRODUCTION_KINDS.contains(s.lower(k + 1))
                && s.lower(k + 2).equals("production")) {
            // "expects the chip to enter mass production in 2026": a production start still to come
            return k + 2;
        }
        return s.token(k + 1) != null && s.token(k + 1).isWord() && !s.token(k + 1).isCapitalised()
                && s.lower(k + 2).equals("service") ? k + 2 : -1;
    }

    /** The token of "production" after "into" at {@code into}, with at most a kind between ("into mass production"), or -1. */
    private static int productionAfter(ParsedSentence s, int into) {
        int k = PRODUCTION_KINDS.contains(s.lower(into + 1)) ? into + 2 : into + 1;
        return s.lower(k).equals("production") ? k : -1;
    }

    /** A subject "deliveries/sales/shipments/orders of …" a few words before a "begin"/"start" at {@code k}. */
    private static boolean startingSubject(ParsedSentence s, int k) {
        for (int j = k - 1; j >= Math.max(1, k - 8); j--) {
            String w = s.lower(j);
            if (w.equals("of") && (STARTING_NOUNS.contains(s.lower(j - 1))
                    || s.lower(j - 1).equals("production") && toCome(s, k))) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "said deliveries would begin in January", "expects production to start in 2025": what starts is
     * named by a bare noun before the verb and its auxiliaries; the product is the one told before.
     */
    static boolean bareStartingSubject(ParsedSentence s, int k) {
        int j = k - 1;
        while (j > 0 && k - j <= 3 && START_AUXILIARIES.contains(s.lower(j))) {
            j--;
        }
        String noun = s.lower(j);
        if (s.token(j - 1) == null || s.lower(j - 1).equals("of") || s.token(j - 1).isCapitalised()) {
            return false;
        }
        return STARTING_NOUNS.contains(noun) && !noun.equals("orders") || noun.equals("production") && toCome(s, k);
    }

    private static final Set<String> START_AUXILIARIES = Set.of("will", "would", "should", "could", "to", "can");

    /**
     * Where a new store or service named as the subject starts, before the verb at {@code k} and its
     * auxiliaries ("A Brisbane-Melbourne service will", "A store at the Palladium mall in Mumbai will"):
     * "a", "an" or "the first", at most four words and the head, then only what places it; or -1.
     */
    static int newPlaceBefore(ParsedSentence s, int k) {
        int end = k - 1;
        while (end > 0 && k - end <= 2 && START_AUXILIARIES.contains(s.lower(end))) {
            end--;
        }
        if (end == k - 1) {
            return -1;
        }
        for (int j = end; j >= 0 && end - j <= 8; j--) {
            String w = s.lower(j);
            if (STORE_HEADS.contains(w) || SERVICE_HEADS.contains(w) || ROUTES.contains(w)) {
                int det = j - 1;
                while (det >= 0 && j - det <= 5 && !NEW_OPENERS.contains(s.lower(det))) {
                    det--;
                }
                boolean first = det > 0 && s.lower(det).equals("first") && s.lower(det - 1).equals("the");
                int start = first ? det - 1 : det;
                boolean opensClause = start == 0 || CLAUSE_OPENINGS.contains(s.lower(start - 1));
                return start >= 0 && NEW_OPENERS.contains(s.lower(det)) && opensClause
                        && (j == end || PLACING.contains(s.lower(j + 1))) ? start : -1;
            }
            if (!s.token(j).isWord() && !s.lower(j).equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> NEW_OPENERS = Set.of("a", "an", "first");
    private static final Set<String> CLAUSE_OPENINGS = Set.of(",", ";", ":", "and", "but");
    private static final Set<String> PLACING = Set.of("at", "in", "on", "between", "from", "to");

    /** A capitalised name right before the verb (auxiliaries allowed) and "in" a place right after it. */
    private static boolean namedStartInPlace(ParsedSentence s, int k) {
        int j = k - 1;
        while (j > 0 && k - j <= 3 && START_AUXILIARIES.contains(s.lower(j))) {
            j--;
        }
        boolean named = j > 0 && s.token(j).isNamelike();
        return named && s.lower(k + 1).equals("in") && (Lexicon.PLACES.matchAt(s.tokens(), k + 2) > 0
                || s.lower(k + 2).equals("the") && Lexicon.PLACES.matchAt(s.tokens(), k + 3) > 0);
    }

    /** "will begin", "to start", "is set to begin": a start still to come, not one that has happened. */
    private static boolean toCome(ParsedSentence s, int k) {
        return s.lower(k).equals("begin") || s.lower(k).equals("start");
    }

    /** A works noun ("plant", "factory") in the object that opens at {@code from}, before its first preposition. */
    private static boolean worksAfter(ParsedSentence s, int from) {
        for (int j = from; j < Math.min(s.tokens().size(), from + 6); j++) {
            if (WORKS.contains(s.lower(j))) {
                return true;
            }
            if (s.token(j).isPunct() && !s.lower(j).equals("-") || OBJECT_ENDS.contains(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /** How far after "start its" the word "service" may end a name and its description. */
    private static final int OWN_SERVICE_REACH = 10;

    private static final Set<String> STARTING_NOUNS = Set.of(
            "deliveries", "sales", "shipments", "shipping", "orders");

    /** "begin commercial passenger service": one or two lower-case words, then "service". */
    private static boolean startedService(ParsedSentence s, int k) {
        if (OWN.contains(s.lower(k + 1))) {
            // "plans to start its AngaSpray crop-spraying drone service in Tanzania", "will start its
            // J-Coin Pay smartphone payment service"
            for (int j = k + 2; j <= Math.min(s.tokens().size() - 1, k + OWN_SERVICE_REACH); j++) {
                if (SERVICES.contains(s.lower(j))) {
                    return true;
                }
                if (s.token(j).isPunct() && !s.lower(j).equals("-")) {
                    return false;
                }
            }
            return false;
        }
        for (int j = k + 2; j <= Math.min(s.tokens().size() - 1, k + 3); j++) {
            if (SERVICES.contains(s.lower(j))) {
                return true;
            }
            if (!s.token(j).isWord() || s.token(j).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token of "passengers" when an airline's service starts at {@code k} ("began flying paying
     * passengers", "will start carrying passengers", "flew its first scheduled passengers"), or -1.
     */
    static int passengersCarried(ParsedSentence s, int k) {
        int from;
        if (STARTS.contains(s.lower(k)) && CARRYING.contains(s.lower(k + 1))) {
            from = k + 2;
        } else if (CARRIED.contains(s.lower(k)) && OWN.contains(s.lower(k + 1)) && s.lower(k + 2).equals("first")) {
            from = k + 3;
        } else {
            return -1;
        }
        for (int j = from; j <= from + 2 && s.token(j) != null; j++) {
            if (s.lower(j).equals("passengers")) {
                return j;
            }
            if (!s.token(j).isWord() || s.token(j).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> CARRYING = Set.of("flying", "carrying");
    private static final Set<String> CARRIED = Set.of("flew", "carried");


    /** "put X on shelves", "put Morning Pap-Go, an instant porridge …, on South African shelves". */
    private static boolean onShelves(ParsedSentence s, int k) {
        for (int j = k + 1; j < Math.min(s.tokens().size() - 1, k + 20); j++) {
            if (s.lower(j).equals(";")) {
                return false;
            }
            if (s.lower(j).equals("on") && storesWithin(s, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words that describe where goods are sold ("retail shelves", "supermarket shelves"). */
    private static final Set<String> SHOP_MODIFIERS = Set.of("retail", "local", "supermarket", "grocery", "its", "their");

    /**
     * "shelves", "stores", or up to two describing words before them ("South African shelves", "U.S.
     * stores", "retail shelves").
     */
    private static boolean storesWithin(ParsedSentence s, int from) {
        for (int j = from; j <= from + 3 && s.token(j) != null; j++) {
            if (STORES.contains(s.lower(j))) {
                return true;
            }
            if (!s.token(j).isCapitalised() && !s.lower(j).equals(".") && !SHOP_MODIFIERS.contains(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the product starts after the "start" or "begin" at {@code verb} ("selling", "deliveries
     * of", "will start mass production of"); -1 when what begins is no launch. Production that starts
     * now or has started ("begins mass production of the chip") is no release: the product may not
     * be out yet.
     */
    private static int startedAt(ParsedSentence s, int verb) {
        // "began mass-producing X": the kind joined to the verb by a hyphen is one word with it
        boolean hyphenated = PRODUCTION_KINDS.contains(s.lower(verb + 1)) && s.lower(verb + 2).equals("-");
        int noun = hyphenated ? verb + 3 : PRODUCTION_KINDS.contains(s.lower(verb + 1)) ? verb + 2 : verb + 1;
        if (BUILDING.contains(s.lower(noun)) && noun == verb + 1) {
            return toCome(s, verb) && !worksAfter(s, noun + 1) ? noun + 1 : -1;
        }
        if (!STARTED.contains(s.lower(noun))) {
            return -1;
        }
        if (!s.lower(noun + 1).equals("of")) {
            return noun == verb + 1 || hyphenated ? noun + 1 : -1;
        }
        return toCome(s, verb) || !s.lower(noun).equals("production") ? noun + 2 : -1;
    }

    private static final Set<String> PRODUCTION_KINDS = Set.of("mass", "full", "volume", "commercial", "serial");

    /** "its open model to later this summer": "to" and the start of a date phrase within the clause. */
    private static boolean toADate(ParsedSentence s, int k) {
        for (int j = k; j < Math.min(s.tokens().size() - 1, k + 6); j++) {
            if (s.tokens().get(j).isPunct() && !s.lower(j).equals("-")) {
                return false;
            }
            if (s.lower(j).equals("to") && (DATE_OPENERS.contains(s.lower(j + 1))
                    || CalendarWords.isMonthOrWeekday(s.lower(j + 1)) || CalendarWords.isYear(s.lower(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DATE_OPENERS = Set.of("later", "next", "early", "late", "mid", "the", "q1", "q2",
            "q3", "q4");

    private static boolean backWithin(ParsedSentence s, int k) {
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + 6); j++) {
            if (s.lower(j).equals("back")) {
                return true;
            }
        }
        return false;
    }

    /** "has no release date", "has not set a release date for X": a launch to come that has no date yet. */
    boolean undatedRelease(ParsedSentence s) {
        return type == Type.SCHEDULE && s.lower(from).equals("release") && s.lower(from + 1).equals("date");
    }

    /** "took delivery of the first CS100": a customer's side of a first one handed over, the name at {@link #to}. */
    boolean firstTaken(ParsedSentence s) {
        return type == Type.LAUNCH && TAKE.contains(s.lower(from)) && firstTakenAt(s, from) == to;
    }

    /** "would not go on sale": the launch is negated. */
    boolean negated(ParsedSentence s) {
        return s.anyBefore(from, 3, NEGATIONS::contains);
    }

    /**
     * "X is not expected until late 2022": the time it is expected, not a slip, unless the sentence
     * names an earlier plan ("originally", "pushed back").
     */
    boolean expectedOnlyFrom(ParsedSentence s) {
        if (!s.lower(from).equals("expected") || !NEGATIONS.contains(s.lower(from - 1)) || !UNTIL.contains(s.lower(from + 1))) {
            return false;
        }
        int n = s.tokens().size();
        return s.nearestBefore(n, n, 0, EARLIER_PLAN::contains) < 0;
    }

    private static final Set<String> EARLIER_PLAN = Set.of(
            "originally", "initially", "previously", "earlier", "delay", "delayed", "delays", "pushed", "postponed", "slipped",
            "slip", "slips");

    /** Whether it is a "begin"/"start" ("aims to begin commercial service"): a bare description may follow. */
    boolean startsSomething(ParsedSentence s) {
        return STARTS.contains(s.lower(from));
    }

    /** "showed it in October without releasing it": a launch that did not happen, with no date of its own. */
    boolean withheld(ParsedSentence s) {
        return s.lower(from - 1).equals("without");
    }

    private static final Set<String> PLANNED = Set.of("planned", "intended", "hoped", "expected", "aimed", "meant");

    /** Whether the launch word stands in the past ("launched", "was released", "went on sale"). */
    boolean pastForm(ParsedSentence s) {
        String w = s.lower(from);
        return w.endsWith("ed") || w.equals("went") || w.equals("shipped") || w.equals("began") || w.equals("put")
                || w.equals("came") || w.equals("begun") || w.equals("flew") || putOnSale(s);
    }

    /** "Bajaj put the Triumph Speed 400 on sale on July 5": "put" before the object, with no future word or "to" before it. */
    private boolean putOnSale(ParsedSentence s) {
        int put = putBefore(s);
        return put >= 0 && !s.lower(put - 1).equals("to") && futureWordBefore(s, put, PUT_FUTURE_REACH) < 0;
    }

    /** The "put" of "put X on sale" when this is its "on", else -1. */
    private int putBefore(ParsedSentence s) {
        if (!s.lower(from).equals("on")) {
            return -1;
        }
        for (int k = from - 1; k >= Math.max(0, from - PUT_REACH); k--) {
            if (s.lower(k).equals("put")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A service or network opened: a determiner, up to four words ("the first commercial cellular
     * telephone service"), then "service" or "network" ending the phrase; or a bank, an app or an online
     * store.
     */
    private static boolean openedService(ParsedSentence s, int k) {
        if (!ParsedSentence.APPOSITION_OPENERS.contains(s.lower(k + 1))) {
            return false;
        }
        for (int j = k + 2; j < Math.min(s.tokens().size(), k + 3 + SERVICE_MODIFIERS); j++) {
            if (SERVICE_HEADS.contains(s.lower(j)) || OPENED_HEADS.contains(s.lower(j))
                    || ONLINE_STORES.contains(s.lower(j)) && ONLINE.contains(s.lower(j - 1))) {
                // the head ends the phrase ("a competing service in 2000"), not a modifier ("its service centre")
                return s.token(j + 1) == null || s.token(j + 1).isPunct() || SERVICE_FOLLOWERS.contains(s.lower(j + 1));
            }
            if (s.token(j).isPunct() && !s.lower(j).equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "will open Android Market, an online store for programs": a name right after the verb that an
     * apposition calls a service, a store or a platform.
     */
    private static boolean openedNamedService(ParsedSentence s, int k) {
        int name = OWN.contains(s.lower(k + 1)) || s.lower(k + 1).equals("the") ? k + 2 : k + 1;
        int j = name;
        while (j < s.tokens().size() && j <= name + NAME_WORDS && s.token(j).isNamelike()) {
            j++;
        }
        if (j > name + 1 && NAMED_SERVICE_HEADS.contains(s.lower(j - 1))) {
            // "opened its App Store on Thursday", "opened the iTunes Music Store": the name says what it is
            return true;
        }
        if (name != k + 1) {
            return false;
        }
        if (j == k + 1 || !s.lower(j).equals(",") || !ParsedSentence.APPOSITION_OPENERS.contains(s.lower(j + 1))) {
            return false;
        }
        for (int m = j + 2; m < Math.min(s.tokens().size(), j + 3 + SERVICE_MODIFIERS); m++) {
            if (NAMED_SERVICE_HEADS.contains(s.lower(m))) {
                return true;
            }
            if (s.token(m).isPunct() && !s.lower(m).equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static final int NAME_WORDS = 4;
    /** What an apposition calls a service that opens under a name of its own. */
    private static final Set<String> NAMED_SERVICE_HEADS = Set.of(
            "service", "network", "store", "shop", "platform", "marketplace", "app", "bank");

    /**
     * "opened its first store in South Africa", "will open its first supermarkets in Serbia", "would
     * open the country's first Dunkin' Donuts": a chain's first shop in a market, a store or a brand's
     * name after "first".
     */
    private static boolean openedFirstStore(ParsedSentence s, int k) {
        int first = k + 1;
        if (s.lower(first).equals("the") && s.token(first + 1) != null && s.token(first + 1).possessive()) {
            first += 2;
        } else if (ParsedSentence.APPOSITION_OPENERS.contains(s.lower(first))) {
            first++;
        }
        if (!s.lower(first).equals("first")) {
            return false;
        }
        boolean named = true;
        for (int j = first + 1; j < Math.min(s.tokens().size(), first + 1 + STORE_WORDS); j++) {
            if (STORE_HEADS.contains(s.lower(j))) {
                return true;
            }
            if (!s.token(j).isWord()) {
                return named && j > first + 1;
            }
            named &= s.token(j).isCapitalised();
        }
        return false;
    }

    /**
     * Shops, restaurants and showrooms whose nouns are also products' ("the first supermarkets"), so
     * that the phrase after the verb names the launch.
     */
    static final Set<String> STORE_HEADS = Set.of(
            "store", "stores", "shop", "shops", "supermarket", "supermarkets", "hypermarket", "hypermarkets", "boutique",
            "boutiques", "restaurant", "restaurants", "cafe", "cafes", "showroom", "showrooms", "coffeehouse", "coffeehouses");
    private static final int STORE_WORDS = 4;
    private static final Set<String> SERVICE_HEADS = Set.of("service", "network");
    /**
     * What else a company opens as a new service ("opened its internet bank on Monday", "opened its
     * banking app to customers"), and a store only online ("its Australian online store"): a shop in a
     * street is a first store or a branch.
     */
    private static final Set<String> OPENED_HEADS = Set.of("bank", "app");
    private static final Set<String> ONLINE_STORES = Set.of("store", "stores", "shop", "shops");
    private static final Set<String> ONLINE = Set.of("online", "web", "internet", "e-commerce");
    private static final int SERVICE_MODIFIERS = 4;
    private static final Set<String> SERVICE_FOLLOWERS = Set.of(
            "in", "on", "to", "for", "from", "across", "at", "by", "next", "this", "later", "early", "before", "with");

    /** Where "with" follows a place right after the verb at {@code k} ("enters India with"), a day between allowed; -1 if not. */
    private static int withAfterPlace(ParsedSentence s, int k) {
        int place = Lexicon.PLACES.matchAt(s.tokens(), k + 1);
        for (int j = k + 1 + place; place > 0 && j < Math.min(s.tokens().size(), k + 1 + place + WITH_REACH); j++) {
            // "entered India on Thursday with": a day between
            if (s.lower(j).equals("with")) {
                return j;
            }
            if (s.token(j).isPunct()) {
                return -1;
            }
        }
        return -1;
    }

    private static final int WITH_REACH = 4;

    /** Where "with" follows "follow" at {@code k}, right after it or after a name it follows; -1 if not. */
    private static int followedWith(ParsedSentence s, int k) {
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + FOLLOW_REACH); j++) {
            if (s.lower(j).equals("with")) {
                return j;
            }
            if (s.token(j).isPunct() || !s.token(j).isCapitalised() && !s.lower(j).equals("the") && !s.lower(j).equals("its")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> FOLLOW = Set.of("follow", "follows");
    private static final int FOLLOW_REACH = 6;
    private static final int PUT_REACH = 12;
    private static final int PUT_FUTURE_REACH = 3;

    /** Whether the words before it put it in the future ("will", "is expected to", "gearing up to"). */
    boolean futureForm(ParsedSentence s) {
        // "would put the X, a phone developed with Y, on sale": the verb's tense is before "put"
        int put = putBefore(s);
        int verb = put >= 0 ? put : from;
        int j = futureWordBefore(s, verb, 5);
        if (j < 0 && s.lower(verb - 1).equals("and") && !s.lower(verb).endsWith("ed") && !s.lower(verb).endsWith("s")) {
            // "will start taking orders on February 29 and put it on general sale in April": a bare verb
            // coordinated with the one before shares its future
            j = futureWordBefore(s, verb - 1, COORDINATED_REACH);
        }
        return j >= 0 && !(s.lower(j).equals("due") && s.lower(j - 1).equals("been"));
    }

    private static final int COORDINATED_REACH = 15;

    /**
     * "had been due to go on sale", "had originally been pencilled in for June": an earlier plan,
     * now overtaken.
     */
    boolean formerPlan(ParsedSentence s) {
        for (int j = from; j >= Math.max(0, from - 5); j--) {
            // "had been due to", "which was due to go live on March 29": the date once planned
            int before = ONCE.contains(s.lower(j - 1)) ? j - 2 : j - 1;
            if (s.lower(j).equals("due") && PAST_DUE.contains(s.lower(before))
                    || (PLANNED.contains(s.lower(j)) || s.lower(j).equals("scheduled"))
                    && (s.lower(j - 1).equals("had") || s.lower(j - 2).equals("had"))) {
                // "was originally due to enter service in December 2002", "had been scheduled to reach stores"
                // "had originally planned to start building the X in late 2021"
                return true;
            }
        }
        if (type != Type.SCHEDULE || s.lower(from - 1).equals("made")) {
            // "had been made available last week" is out, not an earlier plan
            return false;
        }
        for (int j = from - 1; j >= Math.max(1, from - 3); j--) {
            if (s.lower(j).equals("been") && (s.lower(j - 1).equals("had") || s.lower(j - 2).equals("had"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAST_DUE = Set.of("been", "was", "were");
    private static final Set<String> ONCE = Set.of("originally", "initially", "first", "once");

    /**
     * "will now be released", "would now reach", "is now planned for", "now says the machine will reach":
     * a schedule revised.
     */
    boolean revised(ParsedSentence s) {
        for (int j = from - 1; j >= Math.max(0, from - REVISED_REACH); j--) {
            String w = s.lower(j);
            if (w.equals("now")) {
                return true;
            }
            if (s.token(j).isPunct()) {
                return false;
            }
        }
        return false;
    }

    private static final int REVISED_REACH = 6;

    /** Whether the launch word is in the present ("launches", "ships"): a weekday with it is the coming one. */
    boolean presentForm(ParsedSentence s) {
        String w = s.lower(from);
        return w.endsWith("s") && !w.endsWith("ss") && !pastForm(s);
    }

    /**
     * Every word a trigger can open with, the first word each test in {@link #find} asks for: most
     * words open none, and are passed over with one lookup instead of twenty. Declared last: it
     * reads the other word sets, which must be set first.
     */
    private static final Set<String> OPENERS = openers();

    private static Set<String> openers() {
        Set<String> out = new HashSet<>(List.of("on", "in", "put", "pushes", "pushed", "pushing", "followed", "working", "now",
                "available", "pencilled", "penciled", "due", "follows", "follow", "plans", "planned"));
        for (Set<String> words : List.of(SALE_VERBS, STORE_VERBS, COME, SWITCH_VERBS, LIVE_VERBS, STARTS, INCLUDING,
                NAMING, SCHEDULED, SCHEDULE_ASIDES, MAKE, ENTER, BRING, OFFER, DEVELOPING, MORE_LAUNCH_VERBS, OPENED, SELL, ADD,
                DELIVER, HAND, TAKE, APPEAR, CARRIED, SLATES)) {
            out.addAll(words);
        }
        out.addAll(Routes.VERBS);
        out.addAll(Lexicon.DELAY_WORDS.firstWords());
        out.addAll(Lexicon.LAUNCH_VERBS.firstWords());
        return Set.copyOf(out);
    }
}

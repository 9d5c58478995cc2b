package io.marketwatch.extract.launch;

import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.time.CalendarWords;
import io.marketwatch.extract.time.DateMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Routes a carrier opens, each an unnamed launch with its own time phrase: the object of a start ("will
 * start daily Delhi-Bangkok flights on Sept. 8 and Delhi-Singapore flights on Sept. 15", "plans its first
 * flight from Fort Lauderdale to Santa Clara on Thursday", "will add daily flights to Phuket from September
 * 22 and to Hat Yai from September 29", "will begin flying from Miami to Cienfuegos") or its subject
 * ("Flights to Thessaloniki will start on February 4", "A daily Chennai-Mumbai service begins on September
 * 15"). A route is told by where it goes: places after its noun, a hyphened pair of places before it, or a
 * carrier's first flight.
 */
final class Routes {

    private Routes() {
    }

    /** The words of one route: from its first word to its noun, and the token after its places. */
    private record Span(int from, int noun, int end) {
    }

    /** Whether the verb at {@code k} starts a route, named after it or before it as its subject. */
    static boolean at(ParsedSentence s, int k) {
        return object(s, k) != null || SUBJECT_VERBS.contains(s.lower(k)) && subject(s, k) != null;
    }

    /** The routes a trigger at a route's verb starts, with the carrier the sentence names or is about. */
    static List<Product> of(ParsedSentence s, Trigger t, Companies companies, List<DateMention> dates) {
        String carrier = ProductPhrases.subjectCompany(s, t, companies);
        Span subject = SUBJECT_VERBS.contains(s.lower(t.from())) ? subject(s, t.from()) : null;
        if (subject != null) {
            return List.of(new Product(s.span(subject.from(), subject.end() - 1), carrier, true, -1));
        }
        Span route = object(s, t.from());
        if (route == null) {
            return List.of();
        }
        if (route.noun() == t.from() + 1 && FLYING.contains(s.lower(route.noun()))) {
            // "will begin flying from Miami to Cienfuegos": the flights the places tell
            return List.of(new Product("flights " + s.span(route.noun() + 1, route.end() - 1), carrier, true, route.end()));
        }
        List<Product> out = new ArrayList<>(toEachPlace(s, route, carrier));
        if (out.isEmpty()) {
            out.add(new Product(s.span(route.from(), route.end() - 1), carrier, true, route.end()));
        }
        for (Span next = coordinated(s, route.end(), dates); next != null; next = coordinated(s, next.end(), dates)) {
            // "… and to Hat Yai from September 29": the first route's words, to the new place
            String words = next.noun() < 0 ? s.span(route.from(), route.noun()) + " " : "";
            out.add(new Product(words + s.span(next.from(), next.end() - 1), carrier, true, next.end()));
        }
        return out;
    }

    /**
     * "will start flights to Delhi and Las Vegas next year": one route to each place the lexicon knows
     * ("flights to Delhi", "flights to Las Vegas"); empty when the places are not such a list after "to".
     */
    private static List<Product> toEachPlace(ParsedSentence s, Span route, String carrier) {
        List<Product> out = new ArrayList<>();
        if (!s.lower(route.noun() + 1).equals("to")) {
            return out;
        }
        for (int[] place : placesAt(s, route.noun() + 2)) {
            out.add(new Product(s.span(route.from(), route.noun()) + " to " + s.span(place[0], place[1] - 1),
                    carrier, true, place[1]));
        }
        return out;
    }

    /** The places listed from token {@code k} ("Spain, Italy and Portugal"), each as its first token and the token after it. */
    static List<int[]> placesAt(ParsedSentence s, int k) {
        List<int[]> out = new ArrayList<>();
        for (int place = Lexicon.PLACES.matchAt(s.tokens(), k); place > 0; place = Lexicon.PLACES.matchAt(s.tokens(), k)) {
            int end = k + place;
            out.add(new int[] {k, end});
            k = end + (s.lower(end).equals(",") && s.lower(end + 1).equals("and") ? 2
                    : s.lower(end).equals(",") || s.lower(end).equals("and") ? 1 : 0);
            if (k == end) {
                break;
            }
        }
        return out;
    }

    /** The route the verb at {@code k} takes as its object, or null. */
    private static Span object(ParsedSentence s, int k) {
        String verb = s.lower(k);
        boolean flown = FLOWN.contains(verb);
        if (!OPENING.contains(verb) && !flown) {
            return null;
        }
        if (Trigger.STARTS.contains(verb) && FLYING.contains(s.lower(k + 1))) {
            int places = places(s, k + 2);
            return places > 0 ? new Span(k + 1, k + 1, places) : null;
        }
        int from = OPENERS.contains(s.lower(k + 1)) ? k + 2 : k + 1;
        Span route = phrase(s, from);
        if (route == null) {
            return null;
        }
        boolean first = s.lower(from).equals("first");
        boolean told = route.end() > route.noun() + 1 || pairBefore(s, from, route.noun())
                || first && (flown || FLIGHT.contains(s.lower(route.noun())));
        return told && (!flown || first) ? route : null;
    }

    /**
     * A route's words from {@code from}: a few lower-case modifiers, hyphened or known places ("daily",
     * "non-stop", "Delhi-Bangkok", "Tel Aviv"), its noun, then the places after it; or null.
     */
    private static Span phrase(ParsedSentence s, int from) {
        int words = 0;
        for (int j = from; s.token(j) != null && j < from + PHRASE_REACH; j++) {
            if (NOUNS.contains(s.lower(j))) {
                int places = places(s, j + 1);
                return new Span(from, j, places > 0 ? places : j + 1);
            }
            int named = placeRun(s, j);
            if (named > j) {
                j = named - 1;
                continue;
            }
            if (j > from && (s.lower(j).equals("-") || s.lower(j - 1).equals("-"))) {
                // a hyphened pair counts as one word ("non-stop")
                continue;
            }
            if (!s.token(j).isWord() || s.token(j).isCapitalised() || STOPS.contains(s.lower(j)) || ++words > MODIFIERS) {
                return null;
            }
        }
        return null;
    }

    /** The token after a run of places at {@code j} ("Delhi-Bangkok", "Fort Lauderdale-Santa Clara", "Tel Aviv"), or {@code j}. */
    private static int placeRun(ParsedSentence s, int j) {
        int known = Lexicon.PLACES.matchAt(s.tokens(), j);
        if (known > 0) {
            int end = j + known;
            return s.lower(end).equals("-") ? Math.max(placeRun(s, end + 1), end) : end;
        }
        int end = j;
        while (end < j + NAME_WORDS && capitalisedWord(s, end)) {
            end++;
        }
        // an unknown name counts only as half of a hyphened pair
        return end > j && s.lower(end).equals("-") && capitalisedWord(s, end + 1) ? placeRun(s, end + 1) : j;
    }

    private static boolean capitalisedWord(ParsedSentence s, int j) {
        Token t = s.token(j);
        return t != null && t.isWord() && t.isCapitalised() && !CalendarWords.isMonthOrWeekday(s.lower(j));
    }

    /** Whether a hyphened pair of places stands between {@code from} and the noun ("daily Delhi-Bangkok flights"). */
    private static boolean pairBefore(ParsedSentence s, int from, int noun) {
        for (int j = from + 1; j < noun - 1; j++) {
            if (s.lower(j).equals("-") && capitalisedWord(s, j - 1) && capitalisedWord(s, j + 1)) {
                return true;
            }
        }
        for (int j = from; j < noun; j++) {
            if (Lexicon.PLACES.matchAt(s.tokens(), j) > 0 && capitalisedWord(s, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after the places at {@code k} ("to Delhi", "between Nairobi and New York", "from Lagos to
     * Accra", "from Mumbai"), or -1. A place is one of the lexicon's or a capitalised name.
     */
    static int places(ParsedSentence s, int k) {
        String w = s.lower(k);
        if (w.equals("to")) {
            return placeEnd(s, k + 1);
        }
        if (w.equals("between")) {
            int first = placeEnd(s, k + 1);
            return first > 0 && s.lower(first).equals("and") ? placeEnd(s, first + 1) : -1;
        }
        if (w.equals("from")) {
            int first = placeEnd(s, k + 1);
            return first > 0 && s.lower(first).equals("to") ? Math.max(placeEnd(s, first + 1), first) : first;
        }
        return -1;
    }

    /** The token after the place at {@code k} ("Delhi", "the United States", "New York"), or -1. */
    private static int placeEnd(ParsedSentence s, int k) {
        int from = s.lower(k).equals("the") ? k + 1 : k;
        int known = Lexicon.PLACES.matchAt(s.tokens(), from);
        if (known > 0) {
            return s.token(from + known - 1).possessive() ? -1 : from + known;
        }
        int j = from;
        while (j < from + NAME_WORDS && capitalisedWord(s, j)) {
            j++;
        }
        // not a date ("to Nov 1"), nor a place's possessive ("from Tokyo's Haneda airport")
        return j > from && (s.token(j) == null || s.token(j).kind() != Token.Kind.NUMBER) && !s.token(j - 1).possessive() ? j : -1;
    }

    /**
     * The route after the time phrase that follows {@code end}, joined by "and": places only ("and to Hat
     * Yai", noun -1) or a route of its own ("and Delhi-Singapore flights"); or null.
     */
    private static Span coordinated(ParsedSentence s, int end, List<DateMention> dates) {
        int after = afterDate(s, end, dates);
        if (after < 0) {
            return null;
        }
        int k = s.lower(after).equals(",") ? after + 1 : after;
        if (!s.lower(k).equals("and")) {
            return null;
        }
        int places = places(s, k + 1);
        if (places > 0 && !s.lower(k + 1).equals("between")) {
            return new Span(k + 1, -1, places);
        }
        Span route = phrase(s, OPENERS.contains(s.lower(k + 1)) ? k + 2 : k + 1);
        boolean told = route != null && (route.end() > route.noun() + 1 || pairBefore(s, route.from(), route.noun()));
        return told ? route : null;
    }

    /** The token just after a time phrase that starts right at {@code k}, or -1. */
    private static int afterDate(ParsedSentence s, int k, List<DateMention> dates) {
        if (s.token(k) == null) {
            return -1;
        }
        int at = s.token(k).start();
        for (DateMention d : dates) {
            if (d.start() == at || d.start() > at && s.token(k).isWord() && TIME_PREPOSITIONS.contains(s.lower(k))
                    && d.start() == s.token(k + 1).start()) {
                int j = k;
                while (s.token(j) != null && s.token(j).start() < d.end()) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    /**
     * The route named before the verb at {@code k}, its auxiliaries between ("Flights to Thessaloniki will
     * start", "A daily Chennai-Mumbai service begins", "non-stop service between Dubai and Panama City,
     * which starts"), opening a clause; or null.
     */
    private static Span subject(ParsedSentence s, int k) {
        int end = k;
        while (end > 0 && k - end < AUXILIARY_REACH && AUXILIARIES.contains(s.lower(end - 1))) {
            end--;
        }
        // "… service between Dubai and Panama City, which starts later this month": the route a relative clause dates
        boolean relative = s.lower(end - 1).equals(",") && end < k && s.lower(end).equals("which");
        if (relative) {
            end--;
        }
        for (int noun = end - 1; noun >= 0 && end - noun <= PHRASE_REACH; noun--) {
            if (!NOUNS.contains(s.lower(noun))) {
                continue;
            }
            int places = noun + 1 == end ? end : places(s, noun + 1);
            if (places != end && !asideBetween(s, places, end)) {
                return null;
            }
            int from = modifiersBefore(s, noun);
            boolean told = places > noun + 1 || pairBefore(s, from, noun);
            int opener = from > 0 && (OPENERS.contains(s.lower(from - 1))) ? from - 1 : from;
            return told && (relative || opensClause(s, opener)) ? new Span(from, noun, places) : null;
        }
        return null;
    }

    /** Whether only an aside between commas stands from {@code from} to {@code end} (", near Geelong,"). */
    private static boolean asideBetween(ParsedSentence s, int from, int end) {
        return from > 0 && end - from >= 3 && end - from <= ASIDE_WORDS && s.lower(from).equals(",")
                && s.lower(end - 1).equals(",");
    }

    /** The first word of a route's modifiers before its noun at {@code noun}: places, a few lower-case words. */
    private static int modifiersBefore(ParsedSentence s, int noun) {
        int j = noun;
        int words = 0;
        while (j > 0) {
            int place = placeEndingAt(s, j);
            String w = s.lower(j - 1);
            if (place >= 0) {
                j = place;
            } else if (w.equals("-") && capitalisedWord(s, j) && j >= 2 && capitalisedWord(s, j - 2)) {
                // "Chennai-Mumbai": the place before the hyphen, however many words it has
                j -= 2;
                while (j > 0 && capitalisedWord(s, j - 1) && !OPENERS.contains(s.lower(j - 1))) {
                    j--;
                }
            } else if (w.equals("-") && j >= 2 && s.token(j - 2).isWord() && !s.token(j - 2).isCapitalised()) {
                // "non-stop": the word before the hyphen, counted with the word after it
                j -= 2;
            } else if (s.token(j - 1).isWord() && !s.token(j - 1).isCapitalised() && !OPENERS.contains(w)
                    && !STOPS.contains(w) && !isVerbLike(w) && ++words <= MODIFIERS) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /** Where a known place ending just before {@code j} starts ("Tel Aviv service"), or -1. */
    private static int placeEndingAt(ParsedSentence s, int j) {
        for (int start = Math.max(0, j - NAME_WORDS); start < j; start++) {
            if (capitalisedWord(s, start) && Lexicon.PLACES.matchAt(s.tokens(), start) == j - start) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isVerbLike(String w) {
        return AUXILIARIES.contains(w) || w.endsWith("ed") && !w.equals("scheduled");
    }

    /** Whether a route's words opening at {@code from} open a clause: the sentence, or after a comma, "and" or an owner's name. */
    private static boolean opensClause(ParsedSentence s, int from) {
        int k = from - 1;
        return k < 0 || CLAUSE_OPENINGS.contains(s.lower(k)) || s.token(k).possessive();
    }

    /** Verbs whose object may be a route ("start", "add", "launch", "operate", "plans"). */
    private static final Set<String> OPENING = union(Trigger.STARTS, Set.of(
            "add", "adds", "added", "adding", "launch", "launches", "launched", "launching",
            "operate", "operates", "operated", "inaugurate", "inaugurates", "inaugurated", "plans", "plan"));
    /** "flew its first commercial service": a flight verb opens a route only as a carrier's first. */
    private static final Set<String> FLOWN = Set.of("fly", "flies", "flew");
    private static final Set<String> FLYING = Set.of("flying");
    /** Verbs of a route named as their subject. */
    private static final Set<String> SUBJECT_VERBS = Set.of(
            "start", "starts", "begin", "begins", "started", "began", "follow", "follows", "launch", "launches");
    /** Every verb that may start a route, for the trigger's first look. */
    static final Set<String> VERBS = union(union(OPENING, FLOWN), SUBJECT_VERBS);
    private static final Set<String> NOUNS = Set.of("flights", "flight", "service", "services", "route", "routes");
    private static final Set<String> FLIGHT = Set.of("flight", "flights");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "its", "their");
    private static final Set<String> STOPS = Set.of("in", "at", "for", "from", "by", "on", "to", "of", "and", "or", "with");
    private static final Set<String> AUXILIARIES = Set.of(
            "will", "would", "should", "could", "to", "is", "are", "due", "scheduled", "set", "expected", "planned", "which");
    private static final Set<String> CLAUSE_OPENINGS = Set.of(",", ";", ":", "and", "but", "while", "when");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "from", "by");
    private static final int MODIFIERS = 3;
    private static final int NAME_WORDS = 3;
    private static final int PHRASE_REACH = 10;
    private static final int AUXILIARY_REACH = 4;
    private static final int ASIDE_WORDS = 6;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}

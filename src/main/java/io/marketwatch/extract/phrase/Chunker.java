package io.marketwatch.extract.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds capitalised phrases: runs of capitalised words, with short numbers and model tags inside
 * ("Qwen 2.5-Max", "Xiaomi Pad 7 Ultra"), "&amp;" and hyphens between capitals, and "of"/"for"
 * after an institution head ("Bank of America", "Institute for Market Studies"). A run ends after
 * a possessive and before a role title ("Samsung Electronics Chairman Lee Jae-yong" is two runs).
 */
public final class Chunker {

    private final WordList notNames;
    private final WordList titles;
    private final WordList ofHeads;
    private final WordList places;

    /**
     * @param notNames words that never start or continue a name (months, weekdays, pronouns)
     * @param titles   role titles that separate an organisation from a person's name
     * @param ofHeads  words after which "of"/"for" continue a name
     * @param places   places that may follow a name in parentheses ("Citicorp Finance (India)")
     */
    public Chunker(WordList notNames, WordList titles, WordList ofHeads, WordList places) {
        this.notNames = notNames;
        this.titles = titles;
        this.ofHeads = ofHeads;
        this.places = places;
    }

    /**
     * @param dropInitial whether the sentence's first word is an ordinary word capitalised only
     *                    because it opens the sentence ("Under", "Analysts")
     */
    public List<Chunk> chunks(String s, List<Token> tokens, Predicate<Token> dropInitial) {
        List<Chunk> out = new ArrayList<>();
        int n = tokens.size();
        int firstWord = 0;
        while (firstWord < n && tokens.get(firstWord).isPunct()) {
            firstWord++;
        }
        int i = 0;
        while (i < n) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            String attribute = null;
            while (end < n && (!tokens.get(end - 1).possessive() || possessiveInName(tokens, end))) {
                Token next = tokens.get(end);
                if (next.text().equals("-") && adjacent(tokens, end - 1, end) && end + 1 < n
                        && adjacent(tokens, end, end + 1)) {
                    Token after = tokens.get(end + 1);
                    if (after.isCapitalised() || after.kind() == Token.Kind.NUMBER || isNameSyllable(after)
                            || isVariant(tokens, end + 1)) {
                        end += 2;
                        continue;
                    }
                    attribute = after.lower();
                    break;
                }
                if (next.text().equals(".") && (DOTTED_NAME_WORDS.contains(tokens.get(end - 1).text()) || isInitials(tokens.get(end - 1)))
                        && end + 1 < n && adjacent(tokens, end - 1, end) && (tokens.get(end + 1).isCapitalised()
                        || NAME_PARTICLES.contains(tokens.get(end + 1).text()) && end + 2 < n
                        && tokens.get(end + 2).isCapitalised())) {
                    // "St. Jude Medical", "Warner Bros. Pictures": an abbreviated word inside the name; "R.J.
                    // Reynolds Tobacco Co", "F. Hoffmann-La Roche", "E.I. du Pont de Nemours": initials belong
                    // to the name they stand before
                    end += 2;
                    continue;
                }
                if (slashBetween(tokens, end)
                        && Lexicon.LEGAL_SUFFIXES.contains(tokens.get(end - 1).lower() + "/" + tokens.get(end + 1).lower())) {
                    // "Novo Nordisk A/S": a legal form written with a slash
                    end += 2;
                    continue;
                }
                if (joinsName(next) && end + 1 < n
                        && tokens.get(end + 1).isCapitalised()) {
                    // "Procter & Gamble"; "France Cables et Radio", "Suzano Papel e Celulose": a foreign "and"
                    // between capitals belongs to the name
                    end += 2;
                    continue;
                }
                if ((next.is("of") || next.is("for")) && ofHeads.contains(tokens.get(end - 1)) && end + 1 < n
                        && tokens.get(end + 1).isCapitalised() && !titles.contains(tokens.get(end + 1))) {
                    end += 2;
                    continue;
                }
                int place = next.is("of") && end + 1 < n ? places.matchAt(tokens, end + 1) : 0;
                if (place > 0 && end + 1 + place < n && Lexicon.LEGAL_SUFFIXES.contains(tokens.get(end + 1 + place))) {
                    // "Nintendo of America Inc": a company's national arm, named with its legal form
                    end += 1 + place;
                    continue;
                }
                int inBrackets = next.text().equals("(") && end + 1 < n ? bracketed(tokens, end + 1) : 0;
                if (inBrackets > 0 && end + 3 + inBrackets <= n && tokens.get(end + 1 + inBrackets).text().equals(")")
                        && end + 2 + inBrackets < n && tokens.get(end + 2 + inBrackets).isCapitalised()
                        && Lexicon.LEGAL_SUFFIXES.contains(tokens.get(end + 2 + inBrackets))) {
                    // "NEC Home Electronics (USA) Inc", "Orient Overseas (International) Ltd": a bracketed
                    // part of the name before its legal form
                    end += 3 + inBrackets;
                    continue;
                }
                if (slashBetween(tokens, end) && tokens.get(end - 1).isCapitalised() && runToLegalForm(tokens, end + 1, 2) > 0) {
                    // "MGM/UA Communications Co", "CBS/Sony Inc": names joined by a slash, one legal form
                    end += 2;
                    continue;
                }
                if (next.is("de") && end + 1 < n && VARIABLE_CAPITAL.contains(tokens.get(end + 1).lower())
                        && Lexicon.LEGAL_SUFFIXES.contains(tokens.get(end - 1))) {
                    // "Grupo Bimbo SAB de CV", "Cemex SA de CV": the Mexican legal form is one ending
                    end += 2;
                    continue;
                }
                int joined = next.is("and") && end - i >= 2 && !endsWithLegalForm(tokens, end)
                        ? descriptorsToLegalForm(tokens, end + 1) : 0;
                if (joined > 0) {
                    // "Loral Space and Communications Ltd": two words or more, "and", then descriptive words
                    // up to a legal form (not "Sunoco and Energy Transfer LP", a list; not "Hewlett-Packard Co
                    // and International Business Machines Corp", two names each with its legal form)
                    end += 1 + joined;
                    continue;
                }
                if (NAME_PARTICLES.contains(next.text()) && end + 1 < n && tokens.get(end + 1).isCapitalised()
                        && !Lexicon.PLACES.contains(tokens.get(end - 1))) {
                    // "Empresa Brasileira de Aeronautica SA", "Banco do Brasil": a Romance "of" inside a name
                    end += 2;
                    continue;
                }
                int particle = personParticle(tokens, end);
                if (particle > 0) {
                    // "Sultan Ahmed bin Sulayem", "Jean-Francois van Boxmeer", "Ursula von der Leyen": a
                    // particle inside a person's name
                    end += particle;
                    continue;
                }
                if (next.text().equals(",") && end == i + 1 && end + 3 < n && tokens.get(end + 1).isCapitalised()
                        && (tokens.get(end + 2).is("and") || joinsName(tokens.get(end + 2)))
                        && CO.contains(tokens.get(end + 3).text()) && places.matchAt(tokens, i) == 0
                        && !hyphenAt(tokens, end + 4)) {
                    // "Goldman, Sachs & Co", "Sears, Roebuck and Co": two partners' names, a comma between, and the
                    // firm's "Co"
                    end += 4;
                    continue;
                }
                if (next.is("and") && end + 1 < n && (CO.contains(tokens.get(end + 1).text()) && !hyphenAt(tokens, end + 2)
                        || FAMILY.contains(tokens.get(end + 1).text()))) {
                    // "Merck and Co Inc", "Arthur Bell and Sons Plc"
                    end += 2;
                    continue;
                }
                if (continuesName(tokens, end)) {
                    end++;
                    continue;
                }
                break;
            }
            int from = i;
            boolean joined = from + 1 < end && (joinsName(tokens.get(from + 1)) || tokens.get(from + 1).is("and"));
            if (from == firstWord && !joined && !particleOpening(tokens, from, end)
                    && (dropInitial.test(tokens.get(from)) || isOpeningAdverb(tokens, from))) {
                // an ordinary word opening the sentence, not one a name's "and" joins ("Shop n Save"), nor
                // the particle a name opens with ("De Beers Group")
                from++;
            }
            while (from < end && isArticle(tokens.get(from)) && end - from > 1) {
                from++;
            }
            if (end - from >= 3 && from >= 2 && tokens.get(from - 1).is("of")
                    && OFFICES.contains(tokens.get(from - 2).lower()) && DEPARTMENTS.contains(tokens.get(from).lower())) {
                // "Secretary of State Mike Pompeo": the office's department, then the person
                from++;
            }
            while (from < end && !tokens.get(from).isCapitalised() && tokens.get(from).kind() != Token.Kind.NUMBER
                    && !tokens.get(from).hasInnerCapital() && !isModelTag(tokens.get(from)) && !isLetterPrefix(tokens, from)) {
                from++;
            }
            if (from < end && startsName(tokens, from)) {
                Token last = tokens.get(end - 1);
                int place = last.possessive() ? placeEnding(tokens, from, end) : -1;
                if (place > from) {
                    // "make DBS Taiwan's largest foreign bank": the place's possessive is a name of its
                    // own; "South Africa's Vodacom" is a place's possessive whole
                    out.add(chunk(s, tokens, from, place, null));
                    out.add(chunk(s, tokens, place, end, attribute));
                } else {
                    out.add(chunk(s, tokens, from, withoutVariableCapital(tokens, from, end), attribute));
                }
            }
            i = end;
        }
        return out;
    }

    /** "Separately, …", "Meanwhile, …": an adverb ending in -ly opening the sentence before a comma. */
    private static final Set<String> VARIABLE_CAPITAL = Set.of("cv", "c.v");

    /** The end of the name before a Mexican legal form ("Grupo Bimbo" of "Grupo Bimbo SAB de CV"). */
    private static int withoutVariableCapital(List<Token> tokens, int from, int end) {
        boolean form = end - from > 3 && tokens.get(end - 2).is("de")
                && VARIABLE_CAPITAL.contains(tokens.get(end - 1).lower());
        return form ? end - 3 : end;
    }

    /** "De Beers Group said": a name's particle opens the sentence and a capitalised word follows it. */
    private static boolean particleOpening(List<Token> tokens, int from, int end) {
        String word = tokens.get(from).lower();
        return end - from >= 2 && (NAME_PARTICLES.contains(word) || PERSON_PARTICLES.contains(word))
                && tokens.get(from + 1).isCapitalised();
    }

    private static boolean isOpeningAdverb(List<Token> tokens, int k) {
        String word = tokens.get(k).lower();
        return word.length() > 5 && word.endsWith("ly") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(",");
    }

    /** Where a place that ends the run {@code from..end} starts ("Africa's" or "South Africa's"), or -1. */
    private int placeEnding(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (places.matchAt(tokens, k) == end - k) {
                return k;
            }
        }
        return -1;
    }

    private Chunk chunk(String s, List<Token> tokens, int from, int to, String attribute) {
        Token last = tokens.get(to - 1);
        String text = s.substring(tokens.get(from).start(), last.start()) + last.text();
        String acronym = null;
        int n = tokens.size();
        if (to + 2 < n && !last.possessive() && tokens.get(to).text().equals("(")) {
            Token inside = tokens.get(to + 1);
            int placeLength = places.matchAt(tokens, to + 1);
            if (inside.isAcronym() && tokens.get(to + 2).text().equals(")") && !places.contains(inside)) {
                acronym = inside.text();
            } else if (placeLength > 0 && to + 1 + placeLength < n
                    && tokens.get(to + 1 + placeLength).text().equals(")") && !places.contains(last)) {
                Token close = tokens.get(to + 1 + placeLength);
                text = s.substring(tokens.get(from).start(), close.end());
            }
        }
        String key = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return new Chunk(from, to, text, key, acronym, last.possessive(), attribute);
    }

    /** A short form the not-names list holds ("Thu", "Sun"), written between a name word and another. */
    private boolean isShortFormInsideName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().length() > 3 || !notNames.contains(t) || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return tokens.get(i - 1).isCapitalised() && next.isCapitalised() && !notNames.contains(next)
                && next.start() - t.end() == 1;
    }

    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCapitalised()) {
            // "Co" ends names ("Walt Disney Co") but never starts one ("Co-founder"); a title word
            // starts a company's name ("King Pharmaceuticals", "Premier Automobiles Ltd"), not a person's
            return !notNames.contains(t) && !t.is("co") && (!titles.contains(t)
                    || (i == 0 || !tokens.get(i - 1).isCapitalised()) && companyWordAhead(tokens, i + 1));
        }
        if (t.isWord() && t.hasInnerCapital() && i + 1 < tokens.size()
                && tokens.get(i + 1).start() - t.end() <= 1 && !tokens.get(i + 1).isPunct()) {
            // "iPhone 15", "eShop": a product-style name written with a small first letter
            return true;
        }
        if (isLetterPrefix(tokens, i)) {
            // "e-Trak 45-S", "i-Pace": a one-letter prefix joined to a capitalised name
            return true;
        }
        if (isModelTag(t) && i + 1 < tokens.size() && adjacent(tokens, i, i + 1) && tokens.get(i + 1).text().equals("-")
                && i + 2 < tokens.size() && isVariant(tokens, i + 2) && adjacent(tokens, i + 1, i + 2)) {
            // "o1-preview", "o3-mini": a model written in lower case with its variant
            return true;
        }
        if (t.kind() == Token.Kind.NUMBER && t.text().length() == 3 && !hasLetter(t.text()) && i + 1 < tokens.size()
                && tokens.get(i + 1).isAcronym() && tokens.get(i + 1).text().length() > 2
                && !UNITS.contains(tokens.get(i + 1).text()) && adjacentSpace(tokens, i + 1)) {
            // "737 MAX 10": a model number before a model name in capitals
            return true;
        }
        int word = i;
        while (word + 2 < tokens.size() && tokens.get(word).kind() == Token.Kind.NUMBER && !hasLetter(tokens.get(word).text())
                && tokens.get(word + 1).text().equals("-") && adjacent(tokens, word, word + 1) && adjacent(tokens, word + 1, word + 2)) {
            word += 2;
        }
        if (word > i && tokens.get(word).isCapitalised() && tokens.get(word).text().length() > 3) {
            // "7-Eleven", "1-2-Switch": numbers joined to a capitalised word name the whole
            return true;
        }
        if (word > i && tokens.get(word).kind() == Token.Kind.NUMBER && word + 1 < tokens.size()
                && tokens.get(word + 1).isCapitalised() && adjacentSpace(tokens, word + 1)) {
            // "747-8 Freighter": a hyphenated model number before a capitalised name
            return true;
        }
        // "21st Century Fox", "3M"
        return t.kind() == Token.Kind.NUMBER && hasLetter(t.text()) && (hasUpper(t.text())
                || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised());
    }

    private static final Set<String> CO = Set.of("Co", "Company");

    /** Whether token {@code k} is a hyphen ("Co-operative": no firm's "Co"). */
    private static boolean hyphenAt(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).text().equals("-");
    }
    /** Abbreviations written with a dot inside names: a saint, brothers. */
    private static final Set<String> DOTTED_NAME_WORDS = Set.of("St", "Ste", "Bros");

    /** "R.J", "F", "G.D": capital letters alone or joined by dots, not a place ("U.S", "U.K"). */
    private boolean isInitials(Token t) {
        return INITIALS.matcher(t.text()).matches() && !places.contains(t);
    }

    private static final Pattern INITIALS = Pattern.compile("[A-Z](\\.[A-Z])*");
    private static final Set<String> OFFICES = Set.of("secretary", "minister");
    private static final Set<String> DEPARTMENTS = Set.of("state", "commerce", "treasury", "defense", "defence",
            "energy", "finance", "health", "transportation", "transport", "agriculture", "labor", "labour", "interior",
            "trade", "industry", "justice", "education", "economy");
    private static final Set<String> FAMILY = Set.of("Sons", "Son", "Brothers", "Bros");
    /** A foreign "and", and the shop sign's "n" ("Pick n Pay"), between capitals inside a name. */
    private static final Set<String> CONJUNCTIONS = Set.of("et", "und", "e", "y", "n");

    /** "&amp;" or a foreign "and" between capitals: part of the name ("Procter &amp; Gamble", "Pick n Pay"). */
    private static boolean joinsName(Token t) {
        return t.text().equals("&") || CONJUNCTIONS.contains(t.text());
    }
    private static final Set<String> NAME_PARTICLES = Set.of("de", "do", "da", "dos", "das", "del", "du");
    private static final Set<String> PERSON_PARTICLES = Set.of("bin", "bint", "ibn", "van", "von", "di", "della");
    private static final Set<String> ARTICLE_PARTICLES = Set.of("der", "den");

    /**
     * Tokens of a particle of a person's name starting at {@code k} ("bin", "van", "van der", "von der")
     * with a capitalised word after it, or 0.
     */
    private static int personParticle(List<Token> tokens, int k) {
        if (!PERSON_PARTICLES.contains(tokens.get(k).text())) {
            return 0;
        }
        int size = k + 2 < tokens.size() && ARTICLE_PARTICLES.contains(tokens.get(k + 1).text()) ? 2 : 1;
        return k + size < tokens.size() && tokens.get(k + size).isCapitalised() && tokens.get(k - 1).isCapitalised()
                ? size + 1 : 0;
    }

    /** Whether the name before {@code end} already ends in a legal form ("Co", "Ltd"; a group's "Holdings" may go on). */
    private static boolean endsWithLegalForm(List<Token> tokens, int end) {
        String last = tokens.get(end - 1).lower();
        return Lexicon.LEGAL_SUFFIXES.contains(last) && !GROUP_FORMS.contains(last);
    }

    private static final Set<String> GROUP_FORMS = Set.of("holdings", "holding", "group");

    /**
     * How many tokens from {@code from} run from a corporate descriptor through capitalised words to a
     * legal form ("Communications Ltd", "Holdings Ltd"), at most four; 0 when they do not.
     */
    private static int descriptorsToLegalForm(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).isCapitalised()) {
            return 0;
        }
        if (Lexicon.CORPORATE_DESCRIPTORS.contains(tokens.get(from))) {
            return runToLegalForm(tokens, from, 1);
        }
        // "Reliance Industrial Investments and Holdings Ltd": a legal word that a legal form follows
        int rest = Lexicon.LEGAL_SUFFIXES.contains(tokens.get(from)) ? runToLegalForm(tokens, from + 1, 1) : 0;
        return rest > 0 ? rest + 1 : 0;
    }

    /**
     * "McDonald's Corp", "Foster's Group Ltd": a possessive before {@code k} that only legal forms
     * follow is part of the name (not "Britain's Vodafone Group Plc", a place's, nor "Alibaba's Ant
     * Group Co", an owner's unit with a name of its own).
     */
    private boolean possessiveInName(List<Token> tokens, int k) {
        if (places.contains(tokens.get(k - 1))) {
            return false;
        }
        int j = k;
        while (j < tokens.size() && j < k + LEGAL_FORM_WORDS && tokens.get(j).isCapitalised()
                && Lexicon.LEGAL_SUFFIXES.contains(tokens.get(j))) {
            j++;
        }
        return j > k && (j == tokens.size() || !tokens.get(j).isCapitalised());
    }

    private static final int LEGAL_FORM_WORDS = 2;

    /**
     * How many tokens from {@code from} run through capitalised words to a legal form, at least
     * {@code shortest} and at most four ("Communications Ltd", "UA Communications Co"); 0 when they do not.
     */
    private static int runToLegalForm(List<Token> tokens, int from, int shortest) {
        for (int k = from; k < Math.min(tokens.size(), from + 4) && tokens.get(k).isCapitalised(); k++) {
            if (Lexicon.LEGAL_SUFFIXES.contains(tokens.get(k)) && k - from + 1 >= shortest) {
                return k - from + 1;
            }
        }
        return 0;
    }

    /** The length of a place or of one or two capitalised words that may stand in brackets inside a name. */
    private int bracketed(List<Token> tokens, int from) {
        int place = places.matchAt(tokens, from);
        if (place > 0) {
            return place;
        }
        int k = from;
        while (k < tokens.size() && k < from + 2 && tokens.get(k).isCapitalised() && !tokens.get(k).hasDigit()
                && !notNames.contains(tokens.get(k))) {
            k++;
        }
        return k - from;
    }

    /**
     * Capitalised words from {@code from} that end, within three, in a legal form or a company word
     * other than one of reach ("King Salman International Airport" names no company).
     */
    private static boolean companyWordAhead(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 3) && tokens.get(k).isCapitalised(); k++) {
            Token t = tokens.get(k);
            if (Lexicon.LEGAL_SUFFIXES.contains(t) || Lexicon.CORPORATE_DESCRIPTORS.contains(t) && !REACH_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REACH_WORDS = Set.of("international", "global", "worldwide");

    private boolean continuesName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCapitalised() && isShortFormInsideName(tokens, i)) {
            // "Le Thi Thu Thuy", "Nguyen Van Sun Ha": a weekday's or month's short form between two
            // words of a name is a word of the name
            return true;
        }
        if (t.isCapitalised()) {
            // "Burger King Corp", "Burger King Worldwide Inc", "Burger King South Africa": a title word
            // before a legal form, or before a place, is part of a company's name
            return !notNames.contains(t) && (!titles.contains(t) || i + 1 < tokens.size()
                    && tokens.get(i + 1).isCapitalised() && (runToLegalForm(tokens, i + 1, 1) > 0
                    || places.matchAt(tokens, i + 1) > 0));
        }
        if (isVariant(tokens, i) && adjacentSpace(tokens, i)) {
            // "Nova 5 mini", "GPT-5 nano"
            return true;
        }
        if (t.kind() != Token.Kind.NUMBER || !adjacentSpace(tokens, i)) {
            return false;
        }
        if (hasLetter(t.text())) {
            return true;
        }
        // model numbers ("Switch 2", "Terran 1", "Ryzen 9000"), not years, amounts or percentages
        boolean next = i + 1 < tokens.size();
        return (t.text().length() <= 3 || isModelThousand(t.text())) && !t.text().contains(",")
                && !(next && (tokens.get(i + 1).text().equals("%") || tokens.get(i + 1).is("per")
                || tokens.get(i + 1).is("percent") || tokens.get(i + 1).is("million")
                || tokens.get(i + 1).is("billion")));
    }

    /** Four digits that do not read as a year of the news (1900 to 2049): "9000", "4090". */
    private static boolean isModelThousand(String text) {
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(text);
        return n < 1900 || n >= 2050;
    }

    /** A model's variant in lower case right after a part with a digit ("mini" in "GPT-5 mini", "o1-preview"). */
    private static boolean isVariant(List<Token> tokens, int i) {
        return i > 0 && VARIANTS.contains(tokens.get(i).text()) && tokens.get(i - (tokens.get(i - 1).text().equals("-") ? 2 : 1)).hasDigit();
    }

    /** A letter and one or two digits in lower case ("o1", "o3"), not a quarter or a half ("q3", "h1"). */
    private static boolean isLetterPrefix(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && LETTER_PREFIXES.contains(tokens.get(i).text()) && tokens.get(i + 1).text().equals("-")
                && adjacent(tokens, i, i + 1) && adjacent(tokens, i + 1, i + 2) && tokens.get(i + 2).isCapitalised();
    }

    private static final Set<String> LETTER_PREFIXES = Set.of("e", "i");

    private static boolean isModelTag(Token t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2 || w.length() > 3 || !Character.isDigit(w.charAt(1))) {
            return false;
        }
        char c = w.charAt(0);
        return c >= 'a' && c <= 'z' && c != 'h' && c != 'q' && (w.length() == 2 || Character.isDigit(w.charAt(2)));
    }

    /** Units and currencies in capitals after a number ("300 EUR", "800 TEU"): no model's name. */
    private static final Set<String> UNITS = Set.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "BPD", "TEU", "KWH", "MWH", "GWH", "PCT", "BLN", "MLN",
            "DWT", "CET", "GMT", "EST", "UTC", "IPO", "AGM");

    private static final Set<String> VARIANTS = Set.of(
            "mini", "nano", "pro", "max", "lite", "plus", "ultra", "turbo", "preview", "flash", "air");

    /** A short lower-case part of a hyphenated given name ("Min-ho", "Jae-yong"), not "-based" or "-led". */
    private static boolean isNameSyllable(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() <= 4 && !w.endsWith("ed") && !SUFFIX_WORDS.contains(w);
    }

    private static final Set<String> SUFFIX_WORDS = Set.of(
            "era", "wide", "run", "only", "made", "free", "size", "type", "like", "up", "in", "out", "on", "off",
            "long", "year", "day", "week", "old", "new", "to", "for", "by", "high", "low", "time", "rich");

    private static boolean adjacentSpace(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).start() - tokens.get(i - 1).end() <= 1;
    }

    /** A slash at {@code k} written between two words with no space ("A/S", "MGM/UA"). */
    private static boolean slashBetween(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("/") && k + 1 < tokens.size() && adjacent(tokens, k - 1, k)
                && adjacent(tokens, k, k + 1);
    }

    private static boolean adjacent(List<Token> tokens, int a, int b) {
        return tokens.get(a).end() == tokens.get(b).start();
    }

    private static boolean isArticle(Token t) {
        return t.is("the") || t.is("a") || t.is("an");
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

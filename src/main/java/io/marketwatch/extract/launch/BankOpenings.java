package io.marketwatch.extract.launch;

import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.List;
import java.util.Set;

/**
 * A new bank that opens, itself the launch: "Kakao Bank opened on July 27", "K bank, South Korea's first
 * internet-only bank, opened for business at midnight on Monday", "Paytm Payments Bank, the company's payments
 * bank, will start operations on May 23", "Trust Bank … will open to customers on September 1". The bank's name
 * is the product; its maker is the owner an aside names ("the company's payments bank"), else the bank.
 */
final class BankOpenings {

    private BankOpenings() {
    }

    /** Whether the verb at {@code k} opens a bank named as its subject. */
    static boolean at(ParsedSentence s, int k) {
        return opening(s, k) && name(s, k) != null;
    }

    /** The bank the verb at {@code t} opens, named, with its maker. */
    static List<Product> of(ParsedSentence s, Trigger t, Companies companies) {
        int[] name = name(s, t.from());
        if (name == null) {
            return List.of();
        }
        String maker = ownerInAside(s, name[1], t.from(), companies);
        CompanyMention bank = companies.mentionAt(s.index(), name[0]);
        if (maker == null && bank == null) {
            // a bank the company rules did not take for a company: another company would be a guess
            return List.of();
        }
        return List.of(new Product(s.span(name[0], name[1] - 1), maker != null ? maker : bank.company(), false, t.to()));
    }

    /**
     * "opened on July 27", "opened for business", "will open to customers", "opens its doors", "will start
     * operations", "began its service": an opening with no object but the bank's customers or a time.
     */
    private static boolean opening(ParsedSentence s, int k) {
        String w = s.lower(k);
        String next = s.lower(k + 1);
        if (OPEN.contains(w)) {
            return TIME_STARTS.contains(next) && !priceAfter(s, k + 1) || next.equals("for") && s.lower(k + 2).equals("business")
                    || next.equals("to") && PUBLIC.contains(s.lower(s.lower(k + 2).equals("the") ? k + 3 : k + 2))
                    || next.equals("its") && s.lower(k + 2).equals("doors");
        }
        if (Trigger.STARTS.contains(w)) {
            return OPERATIONS.contains(next) || next.equals("its") && OPERATIONS.contains(s.lower(k + 2));
        }
        return false;
    }

    /**
     * The bank's name as the subject of the verb at {@code k}, its first token and the token after it: a
     * capitalised name whose last word is "bank", before the verb's auxiliaries and one aside between commas,
     * opening its clause; or null.
     */
    private static int[] name(ParsedSentence s, int k) {
        int end = k;
        while (end > 0 && k - end < AUXILIARY_REACH && AUXILIARIES.contains(s.lower(end - 1))) {
            end--;
        }
        if (s.lower(end - 1).equals(",")) {
            // the aside may hold commas of its own ("Toss Bank, the lender set up by Viva Republica, the
            // company behind the Toss app, opened"): the comma that closes the bank's name opens it
            int open = end - 2;
            while (open > 0 && end - open <= ASIDE_REACH && !(s.lower(open).equals(",") && bankEndsAt(s, open))) {
                open--;
            }
            if (!s.lower(open).equals(",") || !bankEndsAt(s, open)) {
                return null;
            }
            end = open;
        }
        if (end < 2 || !bankEndsAt(s, end)) {
            return null;
        }
        if (!s.lower(end - 1).equals("bank")) {
            end--; // "Japan Net Bank Ltd": the bank's name without its legal form
        }
        int from = end - 1;
        while (from > 0 && end - from < NAME_WORDS && capitalised(s, from - 1)) {
            from--;
        }
        return from < end - 1 && capitalised(s, from) && opensClause(s, from) ? new int[] {from, end} : null;
    }

    /** Whether the words before token {@code end} end a bank's name: "… Bank", "… Bank Ltd". */
    private static boolean bankEndsAt(ParsedSentence s, int end) {
        return end >= 1 && s.lower(end - 1).equals("bank")
                || end >= 2 && Lexicon.LEGAL_SUFFIXES.contains(s.lower(end - 1).replace(".", ""))
                && s.lower(end - 2).equals("bank");
    }

    /** "Paytm Payments Bank, the company's payments bank,": the owner an aside names, or null. */
    private static String ownerInAside(ParsedSentence s, int nameEnd, int verb, Companies companies) {
        if (!s.lower(nameEnd).equals(",")) {
            return null;
        }
        for (int j = nameEnd + 1; j < verb; j++) {
            if (s.lower(j).equals("company's") || s.lower(j).equals("company") && s.token(j).possessive()) {
                return companies.focus(s.index());
            }
            CompanyMention m = companies.mentionAt(s.index(), j);
            if (m != null && m.possessive()) {
                return m.company();
            }
        }
        return null;
    }

    /** "opened at 41.20 dollars", "opened in the red": a share price's opening, not a bank's; "at 9 a.m." is a time. */
    private static boolean priceAfter(ParsedSentence s, int k) {
        Token next = s.token(k + 1);
        boolean number = next != null && next.kind() == Token.Kind.NUMBER;
        return s.lower(k).equals("at") && number && !CLOCK.contains(s.lower(k + 2))
                || s.lower(k + 1).equals("the") && MARKET_MOODS.contains(s.lower(k + 2));
    }

    private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m");
    private static final Set<String> MARKET_MOODS = Set.of("red", "green", "black");

    private static boolean capitalised(ParsedSentence s, int j) {
        Token t = s.token(j);
        return t != null && t.isWord() && t.isNamelike();
    }

    private static boolean opensClause(ParsedSentence s, int from) {
        return from == 0 || CLAUSE_OPENINGS.contains(s.lower(from - 1));
    }

    private static final Set<String> OPEN = Set.of("open", "opens", "opened");
    private static final Set<String> TIME_STARTS = Set.of(
            "on", "in", "at", "this", "next", "later", "tomorrow", "today", "early", "by");
    private static final Set<String> PUBLIC = Set.of(
            "public", "customers", "consumers", "clients", "savers", "users", "depositors");
    private static final Set<String> OPERATIONS = Set.of("operations", "operating", "service", "services", "business");
    private static final Set<String> AUXILIARIES = Set.of(
            "will", "would", "to", "plans", "planned", "is", "was", "due", "set", "expected", "finally", "officially");
    private static final Set<String> CLAUSE_OPENINGS = Set.of(",", ";", ":", "and", "but", "-", "\u2013", "\u2014");
    private static final int AUXILIARY_REACH = 4;
    private static final int ASIDE_REACH = 24;
    private static final int NAME_WORDS = 4;
}

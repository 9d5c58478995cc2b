package io.marketwatch.extract.investment;

import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Buyer and bought of a deal, read from the construction that ties the deal word to the company
 * names rather than from their order:
 * <ul>
 *   <li>passive with its agent: "Bluepeak, which was acquired by Vantor for $1 billion" — the agent
 *       after "by" pays, the subject is bought;</li>
 *   <li>possessive deal noun: "Vantor's $1 billion takeover of Bluepeak", "Vantor's offer for
 *       Bluepeak" — the possessor pays, the object of "of"/"for" is bought (a possessive after a
 *       buying verb is the seller instead: "bought Harbor's card unit");</li>
 *   <li>relative clause: "Bluepeak, which it bought for $1 billion", "Bluepeak, which Vantor
 *       bought", "Bluepeak, the chip designer Vantor bought" — the antecedent is bought, the
 *       clause's subject (or the company in focus for "it") pays;</li>
 *   <li>passive without its agent: "Bluepeak will be acquired at an enterprise value of …" — the
 *       subject is bought, by the company in focus.</li>
 * </ul>
 * Company names written as a person's (after a role title: "chief executive C.C. Wei") are never
 * parties.
 */
final class DealRoles {

    private static final Set<String> PARTICIPLES = Set.of("acquired", "bought", "purchased", "over", "snapped");
    private static final Set<String> DEAL_NOUNS = Set.of(
            "takeover", "acquisition", "purchase", "buyout", "offer", "bid", "deal", "investment");
    private static final Set<String> OBJECT_LINKS = Set.of("of", "for", "in");
    private static final Set<String> RELATIVES = Set.of("which", "that", "whom");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she");
    private static final Set<String> BUYING_VERBS = Set.of(
            "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
            "purchase", "purchased", "purchases", "purchasing");
    private static final Set<String> SELLING = Set.of(
            "sell", "sells", "sold", "selling", "divest", "divests", "divested", "divesting", "offload",
            "offloads", "offloaded", "sale");
    private static final Set<String> RECEIVING = Set.of(
            "receive", "receives", "received", "receiving", "secure", "secures", "secured", "securing", "get",
            "gets", "got", "obtain", "obtained", "win", "wins", "won", "land", "lands", "landed", "raise", "raises",
            "raised", "raising", "bag", "bags", "bagged", "attract", "attracts", "attracted", "draw", "draws", "drew");
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Nouns an amount prices when a sale follows them ("a 522.5 bln won deal to sell …"). */
    private static final Set<String> SALE_AGREEMENTS = Set.of("deal", "agreement", "accord", "contract");
    /** Verbs of paying ("paid $5 billion for X"; "each paying $273.6 million" for licences in {@link AmountHead}). */
    static final Set<String> PAID = Set.of("paid", "pay", "pays", "paying");
    /** Verbs of spending that a relative clause puts after its amount ("the $22 billion it spent to buy Y"). */
    private static final Set<String> SPENT = Set.of("spent", "spend", "spends");
    /** How far after the verb what was bought is introduced ("spent in 2013 to take control of Y"). */
    private static final int OBJECT_LINK_REACH = 4;
    /** Words between "paid" and its amount ("paid about $5 billion"). */
    private static final Set<String> QUALIFIERS = Set.of("about", "around", "roughly", "some", "nearly", "almost", "over");
    /** How far after "for" the company bought may stand ("for the government's controlling stake in the oil producer X"). */
    private static final int PAID_OBJECT_REACH = 10;
    /** Nouns of money coming in ("an investment of $1 billion from X"). */
    private static final Set<String> INFLOWS = Set.of("investment", "injection", "infusion");
    private static final Set<String> BOUGHT = Set.of("acquired", "bought", "purchased");
    private static final Set<String> PASSIVE_AUX = Set.of("be", "been", "being", "is", "are", "was", "were");
    private static final Set<String> PREPOSITIONS = Set.of("by", "of", "from", "in", "with", "to", "for", "at", "on");
    private static final int NOUN_REACH = 6;
    /** How far a verb of receiving may stand before the amount, and across "…, including". */
    private static final int RECEIVED_REACH = 4;
    private static final int RECEIVED_REACH_THROUGH_LIST = 7;
    /** How far the amount may stand after a deal noun when "for" prices it ("X's purchase of Y's units for $N"). */
    private static final int PRICED_NOUN_REACH = 14;
    private static final int DESCRIPTION_REACH = 5;
    private static final int VERB_REACH = 6;

    private DealRoles() {
    }

    static boolean isSelling(String word) {
        return SELLING.contains(word);
    }

    /** The company mentions of a clause that can be parties: not a person's name after a role title. */
    static List<CompanyMention> candidates(ParsedSentence s, List<CompanyMention> mentions) {
        List<CompanyMention> out = new ArrayList<>(mentions.size());
        for (CompanyMention m : mentions) {
            if (!afterRoleTitle(s, m.fromToken())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The parties a deal construction names around the amount, or null when none applies. The
     * constructions are read in the amount's own clause ("X faces Y, which bought Z for $N"), a
     * relative clause's antecedent before it.
     */
    static Parties read(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        List<CompanyMention> own = inClause(ctx, mentions);
        Parties paid = paidFor(s, ctx, mentions, focus);
        if (paid != null) {
            return paid;
        }
        Parties sale = sale(s, ctx, own, focus);
        if (sale != null) {
            return sale;
        }
        Parties privatised = tookPrivate(s, ctx, own, focus);
        if (privatised != null) {
            return privatised;
        }
        Parties passive = passive(s, ctx, own);
        if (passive != null) {
            return passive;
        }
        Parties possessive = possessive(s, ctx, own);
        if (possessive != null) {
            return possessive;
        }
        Parties relative = relative(s, ctx, mentions, focus);
        return relative != null ? relative : agentless(s, ctx, own, focus);
    }

    /**
     * "X paid $N for Y", "Rosneft, which last year paid $5 billion for a stake in Bashneft", "the $2.5
     * billion it paid for Mojang", "the Rs 1,065 crore that PowerGen paid for 46 pct of Gujarat
     * Torrent": the one that paid is the verb's subject (a relative pronoun's antecedent, "it" the
     * company in focus), the first company after "for" is bought. Null when the amount is not paid.
     */
    private static Parties paidFor(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int paid = -1;
        for (int k = ctx.amountToken() - 1; k >= Math.max(ctx.clauseStart(), ctx.amountToken() - 3); k--) {
            if (PAID.contains(s.lower(k))) {
                paid = k;
                break;
            }
            if (!QUALIFIERS.contains(s.lower(k))) {
                break;
            }
        }
        String payer = null;
        int forAt;
        if (paid >= 0) {
            payer = subjectOf(s, paid, ctx, mentions, focus);
            forAt = ctx.afterToken();
        } else {
            // "the $2.5 billion (that) it paid for Mojang"
            int k = ctx.afterToken();
            if (RELATIVES.contains(s.lower(k))) {
                k++;
            }
            if (s.token(k) != null && s.token(k).possessive() && mentionAt(mentions, k) == null) {
                // "that Britain's PowerGen paid": a place's possessive before the payer
                k++;
            }
            int verb;
            if (PRONOUNS.contains(s.lower(k))) {
                payer = focus;
                verb = k + 1;
            } else {
                CompanyMention subject = mentionAt(mentions, k);
                payer = subject == null ? null : subject.company();
                verb = subject == null ? -1 : subject.toToken();
            }
            if (verb < 0 || !PAID.contains(s.lower(verb)) && !SPENT.contains(s.lower(verb))) {
                return null;
            }
            forAt = objectLink(s, verb + 1);
        }
        if (forAt < 0 || !s.lower(forAt).equals("for") && paid >= 0 || payer == null) {
            return null;
        }
        for (CompanyMention m : mentions) {
            if (m.fromToken() > forAt && m.fromToken() <= forAt + PAID_OBJECT_REACH && m.fromToken() < ctx.clauseEnd()
                    && !m.possessive()) {
                return m.company().equals(payer) ? null : new Parties(payer, m.company());
            }
        }
        // what was paid for is no company named there: the payer is still known when only the clause
        // says who it is ("Rosneft, which last year paid $5 billion for a stake in a state producer")
        return paid >= 0 && relativeBefore(s, paid) ? new Parties(payer, null) : null;
    }

    /**
     * Where what the money bought is introduced after {@code from}, past a short time phrase: "for",
     * "on", or "to" before a buying verb ("it spent in 2013 to take control of Y"); -1 if nowhere.
     */
    private static int objectLink(ParsedSentence s, int from) {
        for (int k = from; k < from + OBJECT_LINK_REACH && s.token(k) != null && !s.token(k).isPunct(); k++) {
            String w = s.lower(k);
            if (w.equals("for") || w.equals("on")
                    || w.equals("to") && (BUYING_VERBS.contains(s.lower(k + 1)) || s.lower(k + 1).equals("take"))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the verb at {@code verb} opens a relative clause after a few lower-case words ("which last year also paid"). */
    private static boolean relativeBefore(ParsedSentence s, int verb) {
        for (int k = verb - 1; k > 0 && k > verb - 5 && s.token(k).isWord(); k--) {
            if (RELATIVES.contains(s.lower(k)) || s.lower(k).equals("who")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the verb at {@code verb}: a relative pronoun's antecedent, the last company before it, or the focus for "it". */
    private static String subjectOf(ParsedSentence s, int verb, AmountContext ctx, List<CompanyMention> mentions,
                                    String focus) {
        int k = verb - 1;
        while (k > 0 && k > verb - 5 && !RELATIVES.contains(s.lower(k)) && !PRONOUNS.contains(s.lower(k))
                && s.token(k).isWord() && !s.token(k).isCapitalised()) {
            // "which last year also paid", "which has paid"
            k--;
        }
        if (RELATIVES.contains(s.lower(k)) || s.lower(k).equals("who")) {
            int before = s.lower(k - 1).equals(",") ? k - 1 : k;
            CompanyMention antecedent = null;
            for (CompanyMention m : mentions) {
                if (m.toToken() == before) {
                    antecedent = m;
                }
            }
            return antecedent == null ? null : antecedent.company();
        }
        if (PRONOUNS.contains(s.lower(k))) {
            return focus;
        }
        String subject = null;
        for (CompanyMention m : mentions) {
            if (m.toToken() <= verb && m.fromToken() >= ctx.clauseStart() && !m.possessive()) {
                subject = m.company();
            }
        }
        return subject;
    }

    private static CompanyMention mentionAt(List<CompanyMention> mentions, int token) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The mentions within the amount's own clause. */
    static List<CompanyMention> inClause(AmountContext ctx, List<CompanyMention> mentions) {
        return mentions.stream().filter(m -> m.fromToken() >= ctx.clauseStart()).toList();
    }

    /**
     * "Y will receive $2 billion in fresh equity from X", "Y raised $500 million from X": the one
     * that receives is the subject, the one it comes from pays. Null when the sentence is not built so.
     */
    static Parties received(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int verb = -1;
        // "raised more money, including $1 billion from X": the amount is one of what the verb names
        boolean listed = s.lower(ctx.amountToken() - 1).equals("including");
        int reach = listed ? RECEIVED_REACH_THROUGH_LIST : RECEIVED_REACH;
        int floor = listed ? 0 : ctx.clauseStart();
        for (int k = ctx.amountToken() - 1; k >= Math.max(floor, ctx.amountToken() - reach); k--) {
            if (RECEIVING.contains(s.lower(k)) || INFLOWS.contains(s.lower(k)) && s.lower(k + 1).equals("of")) {
                // "… signed an agreement for an investment of more than $1 billion from X"
                verb = k;
            }
        }
        if (verb < 0) {
            return null;
        }
        for (CompanyMention giver : mentions) {
            if (giver.fromToken() > ctx.afterToken() && giver.fromToken() <= ctx.afterToken() + 8
                    && giver.fromToken() < ctx.clauseEnd() && fromBefore(s, giver.fromToken())) {
                String receiver = subjectBefore(verb, ctx, mentions, focus);
                return new Parties(giver.company(), receiver == null || receiver.equals(giver.company()) ? null : receiver);
            }
        }
        return null;
    }

    /**
     * "X agreed to sell Y to Z for …", "X sold its stake in Y to Z for …", "X signed a $N deal to sell
     * a 70 pct stake to Z": Z pays; what is bought is the company sold, else the seller (an unnamed
     * unit of it). Null without a named buyer.
     */
    private static Parties sale(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int verb = saleAgreedAfter(s, ctx);
        for (int k = ctx.clauseStart(); k < ctx.amountToken(); k++) {
            if (SELLING.contains(s.lower(k))) {
                verb = k;
            }
        }
        if (verb < 0) {
            return null;
        }
        CompanyMention buyer = null;
        CompanyMention sold = null;
        for (CompanyMention m : mentions) {
            if (m.fromToken() <= verb || m.fromToken() >= ctx.clauseEnd()) {
                continue;
            }
            if (soldTo(s, m) && buyer == null) {
                buyer = m;
            } else if (buyer == null && sold == null) {
                sold = m;
            }
        }
        if (buyer == null) {
            return null;
        }
        String seller = PASSIVE_AUX.contains(s.lower(verb - 1)) ? clauseSubject(ctx, mentions, verb)
                : subjectBefore(verb, ctx, mentions, focus);
        String bought = sold != null ? sold.company() : seller;
        return new Parties(buyer.company(), bought == null || bought.equals(buyer.company()) ? null : bought);
    }

    /** The selling verb of "a $N deal to sell …" right after the amount, or -1. */
    private static int saleAgreedAfter(ParsedSentence s, AmountContext ctx) {
        int k = ctx.afterToken();
        if (!SALE_AGREEMENTS.contains(s.lower(k)) || !s.lower(k + 1).equals("to")) {
            return -1;
        }
        return SELLING.contains(s.lower(k + 2)) && k + 2 < ctx.clauseEnd() ? k + 2 : -1;
    }

    /** "to Amer Sports", "to Finland's Amer Sports": the mention follows "to", a possessive name between at most. */
    private static boolean soldTo(ParsedSentence s, CompanyMention m) {
        int to = s.nearestBefore(m.fromToken(), 4, 0, "to"::equals);
        return to >= 0 && (to == m.fromToken() - 1 || s.pastOwner(to + 1) == m.fromToken() || describedBuyer(s, to, m))
                || soldToGroupLedBy(s, m);
    }

    /** "to its smaller rival Suzano": only a determiner and describing words between "to" and the buyer. */
    private static boolean describedBuyer(ParsedSentence s, int to, CompanyMention m) {
        if (!BUYER_DETERMINERS.contains(s.lower(to + 1))) {
            return false;
        }
        for (int k = to + 2; k < m.fromToken(); k++) {
            String w = s.lower(k);
            if (!Lexicon.COMPANY_NOUNS.contains(s.token(k)) && !(w.endsWith("er") && !s.token(k).isCapitalised())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> BUYER_DETERMINERS = Set.of("its", "their", "the");

    /** "sold to a consortium led by U.S. private equity firm Bain Capital": the leader buys. */
    private static boolean soldToGroupLedBy(ParsedSentence s, CompanyMention m) {
        int by = Parties.describedAfter(s, m.fromToken(), "by");
        return by > 4 && s.lower(by - 1).equals("led") && GROUPS.contains(s.lower(by - 2))
                && ARTICLES.contains(s.lower(by - 3)) && s.lower(by - 4).equals("to");
    }


    /** "Toshiba Memory, a unit of Toshiba, is to be sold to …": the company that opens the clause, else null. */
    private static String clauseSubject(AmountContext ctx, List<CompanyMention> mentions, int verb) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() >= ctx.clauseStart() && m.toToken() <= verb) {
                return m.company();
            }
        }
        return null;
    }

    /** The company named last before {@code verb} in the clause, else the company in focus. */
    private static String subjectBefore(int verb, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        String subject = null;
        for (CompanyMention m : mentions) {
            if (m.toToken() <= verb && m.fromToken() >= ctx.clauseStart()) {
                subject = m.company();
            }
        }
        return subject != null ? subject : focus;
    }

    /**
     * "Y was acquired by X", "Y, bought by X in 2020 for …", "Y agreed to a takeover by X": X pays,
     * Y is bought.
     */
    private static Parties passive(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        for (CompanyMention agent : mentions) {
            int by = agentBy(s, agent.fromToken());
            boolean bidder = bidderMark(s, by) && s.commaBefore(Math.min(by, ctx.amountToken()), Math.max(by, ctx.amountToken())) < 0;
            if (by <= ctx.clauseStart() || by >= ctx.clauseEnd()
                    || !s.lower(by).equals("by") && !underControlOf(s, by) && !bidder) {
                continue;
            }
            CompanyMention object = dealObjectBefore(s, by, mentions);
            if (object != null && !object.company().equals(agent.company())) {
                // "the acquisition of Y by X"
                return new Parties(agent.company(), object.company());
            }
            if (!agentOfDeal(s, by) && !underControlOf(s, by) && !bidder) {
                continue;
            }
            CompanyMention bought = boughtBefore(s, ctx, mentions, by, agent);
            return new Parties(agent.company(), bought == null ? null : bought.company());
        }
        return unnamedAgent(s, ctx, mentions);
    }

    /**
     * "Y has agreed to be taken over by a consortium of pension funds for A$23.6 billion": the agent
     * is no company of the article, so only the one bought is known.
     */
    private static Parties unnamedAgent(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int by = s.nearestBefore(ctx.amountToken(), ctx.amountToken() - ctx.clauseStart(), ctx.clauseStart(), "by"::equals);
        if (by < 0 || !PARTICIPLES.contains(s.lower(by - 1)) && !takenPrivate(s, by)
                || !PASSIVE_AUX.contains(s.lower(by - 2)) && !PASSIVE_AUX.contains(s.lower(by - 3))
                || mentions.stream().anyMatch(m -> m.fromToken() > by && m.toToken() <= ctx.amountToken())) {
            return null;
        }
        CompanyMention bought = boughtBefore(s, ctx, mentions, by, null);
        return bought == null ? null : new Parties(null, bought.company());
    }

    /**
     * The one bought in a passive or an offer: the last company before the agent's mark that is no
     * object of a preposition and stands in no aside ("Corus Group, the steelmaker created by the
     * merger of British Steel and Hoogovens, has agreed to be acquired by Tata Steel": Corus).
     */
    private static CompanyMention boughtBefore(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                               int by, CompanyMention agent) {
        CompanyMention bought = null;
        CompanyMention any = null;
        for (CompanyMention m : mentions) {
            if (m.toToken() > by - 1 || m.fromToken() < ctx.clauseStart() || agent != null && m.company().equals(agent.company())) {
                continue;
            }
            any = m;
            if (!s.inAside(m.fromToken(), by) && !PREPOSITIONS.contains(s.lower(m.fromToken() - 1))
                    && !(bought != null && s.lower(m.fromToken() - 1).equals("and"))) {
                bought = m;
            }
        }
        return bought != null ? bought : any;
    }

    /**
     * "a raised takeover offer from Nestle SA", "an approach from X": X is the bidder; "Y is to be
     * merged into X": X takes Y in. The amount must stand in the same stretch, with no comma between.
     */
    private static boolean bidderMark(ParsedSentence s, int from) {
        return s.lower(from).equals("from") && OFFERS.contains(s.lower(from - 1))
                || s.lower(from).equals("into") && s.lower(from - 1).equals("merged") && PASSIVE_AUX.contains(s.lower(from - 2));
    }

    private static final Set<String> OFFERS = Set.of("offer", "bid", "approach", "proposal", "offers", "bids");

    /**
     * "Y will be acquired at an enterprise value of …", "Y was bought in 2019 for …": Y is bought
     * and, with no agent named, by the company the article is about, unless that is Y itself.
     */
    private static Parties agentless(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int cue = ctx.cueToken();
        if (cue <= 0 || !BOUGHT.contains(s.lower(cue)) || !PASSIVE_AUX.contains(s.lower(cue - 1))) {
            return null;
        }
        // the subject: the last name before the verb that no preposition ties to something else
        // ("Y, backed by Z, will be acquired": Y)
        CompanyMention bought = null;
        for (CompanyMention m : mentions) {
            if (!m.possessive() && m.toToken() < cue && !PREPOSITIONS.contains(s.lower(m.fromToken() - 1))) {
                bought = m;
            }
        }
        if (bought == null) {
            return null;
        }
        return new Parties(bought.company().equals(focus) ? null : focus, bought.company());
    }

    /** "X's $1 billion takeover of Y", "X's offer for Y": X pays, Y is bought. */
    private static Parties possessive(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        for (CompanyMention owner : mentions) {
            if (!owner.possessive() || owner.fromToken() < ctx.clauseStart() || owner.toToken() >= ctx.clauseEnd()
                    || buyingVerbBefore(s, ctx.clauseStart(), owner.fromToken())) {
                continue;
            }
            int noun = dealNounAfter(s, owner.toToken(), ctx.clauseEnd());
            boolean priced = noun >= 0 && pricedAfter(s, noun, ctx);
            if (noun < 0 || Math.abs(noun - ctx.amountToken()) > NOUN_REACH && !priced) {
                continue;
            }
            String bought = null;
            for (CompanyMention m : mentions) {
                boolean near = m.fromToken() > noun && m.fromToken() <= noun + 3;
                // "X's purchase of the aerospace units of Y for $N": the owner of what is bought, before the price
                boolean owned = priced && m.fromToken() > noun && m.toToken() < ctx.amountToken() && !m.possessive();
                if ((near || owned) && OBJECT_LINKS.contains(s.lower(m.fromToken() - 1))
                        && !m.company().equals(owner.company())) {
                    bought = m.company();
                    break;
                }
            }
            return new Parties(owner.company(), bought);
        }
        return null;
    }

    /**
     * "Y, which it bought for …", "Y, which X acquired …", "Y stores, which X bought …": the clause's
     * subject pays, the antecedent is bought.
     */
    private static Parties relative(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                    String focus) {
        for (CompanyMention antecedent : mentions) {
            int k = afterLowerWords(s, antecedent.toToken());
            if (s.lower(k).equals(",")) {
                k++;
            }
            int described = afterDescription(s, k, mentions);
            boolean relative = RELATIVES.contains(s.lower(described));
            if (!relative && described == k || described >= ctx.amountToken()) {
                continue;
            }
            int subject = relative ? described + 1 : described;
            String payer = null;
            int verb = -1;
            if (PRONOUNS.contains(s.lower(subject))) {
                payer = focus;
                verb = subject + 1;
            } else {
                for (CompanyMention m : mentions) {
                    if (m.fromToken() == subject) {
                        payer = m.company();
                        verb = m.toToken();
                    }
                }
            }
            if (verb < 0 || !verbAhead(s, verb)) {
                continue;
            }
            if (payer != null && !payer.equals(antecedent.company())) {
                return new Parties(payer, antecedent.company());
            }
        }
        return null;
    }

    /** The comma after up to two lower-case words from {@code k} ("Whole Foods stores, which"), else {@code k}. */
    private static int afterLowerWords(ParsedSentence s, int k) {
        for (int j = k; j < k + 3; j++) {
            if (s.lower(j).equals(",")) {
                return j;
            }
            if (s.token(j) == null || !s.token(j).isWord() || s.token(j).isCapitalised()) {
                return k;
            }
        }
        return k;
    }

    /**
     * The token after an apposition that describes a name ("the integration company", "the German
     * container line"), up to a relative word, a pronoun or a company's name; {@code k} itself when
     * no article opens one there.
     */
    private static int afterDescription(ParsedSentence s, int k, List<CompanyMention> mentions) {
        if (!ARTICLES.contains(s.lower(k))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + 1 + DESCRIPTION_REACH); j++) {
            int at = j;
            if (RELATIVES.contains(s.lower(j)) || PRONOUNS.contains(s.lower(j))
                    || mentions.stream().anyMatch(m -> m.fromToken() == at)) {
                return j > k + 1 ? j : k;
            }
            if (!s.token(j).isWord() || BUYING_VERBS.contains(s.lower(j))) {
                return k;
            }
        }
        return k;
    }

    /** The company of "the acquisition of Y" ending right before {@code by}, or null. */
    private static CompanyMention dealObjectBefore(ParsedSentence s, int by, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            if (m.toToken() == by && s.lower(m.fromToken() - 1).equals("of")
                    && DEAL_NOUNS.contains(s.lower(m.fromToken() - 2)) && !s.lower(m.fromToken() - 2).equals("investment")) {
                return m;
            }
        }
        return null;
    }

    /** "from X", "from Saudi Arabia's X": "from" before the name, past capitalised words only. */
    private static boolean fromBefore(ParsedSentence s, int name) {
        for (int k = name - 1; k >= Math.max(0, name - 4); k--) {
            if (s.lower(k).equals("from")) {
                return true;
            }
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "is to come under the control of X", "passes under the control of X": X takes it over. */
    private static boolean underControlOf(ParsedSentence s, int of) {
        int under = s.lower(of - 2).equals("the") ? of - 3 : of - 2;
        return s.lower(of).equals("of") && s.lower(of - 1).equals("control") && s.lower(under).equals("under");
    }

    /**
     * Where the "by" of an agent starting at token {@code agent} stands: right before it, or before
     * a group it heads and a capitalised possessive of up to three words, such as a place's
     * ("acquired by a consortium of Saudi Arabia's Public Investment Fund, Silver Lake and …": the
     * first member acts for the group).
     */
    private static int agentBy(ParsedSentence s, int agent) {
        int k = agent - 1;
        if (s.token(k) != null && s.token(k).possessive()) {
            int j = k - 1;
            while (j > k - PLACE_WORDS && s.token(j) != null && s.token(j).isCapitalised()) {
                j--;
            }
            k = j;
        }
        if (!s.lower(k).equals("of") || !GROUPS.contains(s.lower(k - 1))) {
            // "acquired by India's Tata Steel": the place's possessive stands between "by" and the agent
            return AGENT_MARKS.contains(s.lower(k)) ? k : agent - 1;
        }
        k -= 2;
        return ARTICLES.contains(s.lower(k)) ? k - 1 : k;
    }

    private static final int PLACE_WORDS = 3;
    private static final Set<String> AGENT_MARKS = Set.of("by", "from", "into");
    private static final Set<String> GROUPS = Set.of(
            "consortium", "group", "groups", "consortia", "team", "affiliate", "unit", "subsidiary", "vehicle");

    /**
     * "acquired by", "taken over by", "taken private by", "a cash takeover by private equity firm":
     * the words before "by" are the deal.
     */
    private static boolean agentOfDeal(ParsedSentence s, int by) {
        return PARTICIPLES.contains(s.lower(by - 1)) || DEAL_NOUNS.contains(s.lower(by - 1))
                && !s.lower(by - 1).equals("investment") && !s.lower(by - 1).equals("deal")
                || takenPrivate(s, by);
    }

    /**
     * "The group of investors, led by Apax, took Inmarsat private in a $3.4 billion deal": the one taken
     * private is named between the verb and "private", the buyer before the verb (else the company in focus).
     */
    private static Parties tookPrivate(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        for (CompanyMention taken : mentions) {
            int verb = taken.fromToken() - 1;
            if (!TAKEN.contains(s.lower(verb)) || !s.lower(taken.toToken()).equals("private")) {
                continue;
            }
            String buyer = subjectBefore(verb, ctx, mentions, focus);
            return buyer == null || buyer.equals(taken.company()) ? null : new Parties(buyer, taken.company());
        }
        return null;
    }

    /** "taken private by", "to take it private by": the words before the agent's "by" at {@code by}. */
    private static boolean takenPrivate(ParsedSentence s, int by) {
        return s.lower(by - 1).equals("private") && TAKEN.contains(s.lower(by - 2));
    }

    private static final Set<String> TAKEN = Set.of("taken", "take", "takes", "taking", "took");

    /**
     * A buying verb at {@code k} or a few words on in the same clause ("had bought", "agreed to
     * buy", "agreed in 2016 to buy").
     */
    private static boolean verbAhead(ParsedSentence s, int k) {
        for (int j = k; j < Math.min(s.tokens().size(), k + VERB_REACH); j++) {
            if (BUYING_VERBS.contains(s.lower(j))) {
                return true;
            }
            if (s.token(j).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "purchase of the units of Y for about $N": the amount follows the deal noun in its clause,
     * priced by "for", with no other deal noun, verb or amount between.
     */
    private static boolean pricedAfter(ParsedSentence s, int noun, AmountContext ctx) {
        int at = ctx.amountToken();
        if (at <= noun || at - noun > PRICED_NOUN_REACH || s.nearestBefore(at, 3, noun, "for"::equals) < 0) {
            return false;
        }
        for (int k = noun + 1; k < at; k++) {
            String w = s.lower(k);
            if (DEAL_NOUNS.contains(w) || BUYING_VERBS.contains(w) || w.equals(",") || s.token(k).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static int dealNounAfter(ParsedSentence s, int from, int to) {
        for (int k = from; k < Math.min(to, from + NOUN_REACH); k++) {
            if (DEAL_NOUNS.contains(s.lower(k))) {
                return k;
            }
            if (s.lower(k).equals(",") || BUYING_VERBS.contains(s.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean buyingVerbBefore(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (BUYING_VERBS.contains(s.lower(k)) || s.lower(k).equals("take") && s.lower(k + 1).equals("over")) {
                return true;
            }
        }
        return false;
    }

    /** "chief executive C.C. Wei", "Chairman Wei": a role title ends just before the name. */
    private static boolean afterRoleTitle(ParsedSentence s, int from) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            int length = Lexicon.ROLE_TITLES.matchAt(s.tokens(), k);
            if (length > 0 && k + length == from) {
                return true;
            }
        }
        return false;
    }
}

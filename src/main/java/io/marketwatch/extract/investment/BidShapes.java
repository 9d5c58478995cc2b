package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.List;
import java.util.Set;

/**
 * Who pays when a sentence tells a deal around its bid: a purchase owned by its payer, an offer made
 * for a company, an offer accepted by the company bid for, a bidder named in its offer, a named unit
 * paying for its parent. {@link Parties} asks here before and after reading the sentence's roles.
 */
final class BidShapes {

    private BidShapes() {
    }

    /**
     * The parties of a deal whose amount heads an owned purchase ("Samsung Electronics' 8 bln dlr
     * purchase of Harman") or an offer made for a company ("Midea offered 115 euros a share for Kuka in a
     * bid worth 4.5 bln euros"), which the other readings get wrong; null for any other sentence.
     */
    static Parties before(ParsedSentence s, AmountContext ctx, Companies companies) {
        Parties owned = ownedDeal(s, ctx, companies);
        if (owned == null && ctx.kind() == InvestmentKind.acquisition) {
            owned = offeredFor(s, ctx, companies.mentionsIn(s.index()));
        }
        if (owned == null && ctx.kind() == InvestmentKind.acquisition) {
            owned = wonWithBid(s, ctx, companies.mentionsIn(s.index()));
        }
        if (owned == null && ctx.kind() == InvestmentKind.acquisition) {
            owned = ownedAgreement(s, ctx, companies.mentionsIn(s.index()));
        }
        return owned;
    }

    /**
     * "Credit Suisse Group's agreement last month to pay 11.5 bln dlrs for Donaldson, Lufkin & Jenrette", "UBS AG's
     * July agreement to buy PaineWebber Group for about 11 bln dlrs": the company that owns the agreement pays, for
     * the first other company named after its verb; null for any other sentence.
     */
    private static Parties ownedAgreement(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int verb = -1;
        for (int k = ctx.amountToken() - 1; k > ctx.clauseStart() && ctx.amountToken() - k <= AGREED_VERB_REACH; k--) {
            if (AGREED_VERBS.contains(s.lower(k)) && s.lower(k - 1).equals("to")) {
                verb = k;
                break;
            }
        }
        // the agreement's noun before the verb's "to" ("agreement last month to pay")
        int noun = verb < 0 ? -1 : s.nearestBefore(verb - 1, AGREEMENT_REACH + 1, 0, AGREEMENTS::contains);
        if (noun < 0) {
            return null;
        }
        CompanyMention owner = null;
        for (CompanyMention m : mentions) {
            if (m.possessive() && m.toToken() <= noun && noun - m.toToken() <= AGREEMENT_REACH) {
                owner = m;
            }
        }
        if (owner == null) {
            return null;
        }
        for (CompanyMention m : mentions) {
            if (m.fromToken() > verb && m.fromToken() - verb <= AGREED_OBJECT_REACH && m.fromToken() < ctx.clauseEnd()
                    && !m.company().equals(owner.company())) {
                return new Parties(owner.company(), m.company());
            }
        }
        return null;
    }

    private static final Set<String> AGREED_VERBS = Set.of("pay", "buy", "acquire", "purchase");
    private static final Set<String> AGREEMENTS = Set.of("agreement", "offer", "bid", "deal", "proposal", "plan");
    /** Words between the agreement's owner and its noun ("UBS AG's July agreement") and between noun and verb. */
    private static final int AGREEMENT_REACH = 2;
    private static final int AGREED_VERB_REACH = 8;
    private static final int AGREED_OBJECT_REACH = 10;

    /**
     * "Portugal Telecom won Telesp Celular, the Sao Paulo mobile operator, with a bid of 3.59 bln reais",
     * "A consortium of RBS, Fortis and Santander has won control of ABN Amro, declaring its 71.1 billion
     * euro offer unconditional": the company won is bought by the winner, a consortium by its first member;
     * null when no company is won before the amount.
     */
    private static Parties wonWithBid(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        for (CompanyMention winner : mentions) {
            int verb = winner.toToken();
            while (verb < winner.toToken() + 2
                    && (BEFORE_WON.contains(s.lower(verb)) || s.lower(verb).endsWith("ly"))) {
                // "has won", "separately won"
                verb++;
            }
            if (!WON.contains(s.lower(verb)) || verb >= ctx.amountToken()) {
                continue;
            }
            int object = s.lower(verb + 1).equals("control") && s.lower(verb + 2).equals("of") ? verb + 3 : verb + 1;
            int contestFor = CONTESTS.contains(s.lower(verb + 2)) && s.lower(verb + 3).equals("for") ? verb + 3 : -1;
            for (CompanyMention won : mentions) {
                boolean contested = contestFor > 0 && won.fromToken() > contestFor
                        && won.fromToken() - contestFor <= CONTEST_REACH;
                if ((won.fromToken() == object || contested) && won.toToken() <= ctx.amountToken()) {
                    // "won an auction for the Anglo-Dutch steelmaker Corus Group with a bid worth …"
                    return new Parties(firstMember(s, winner, mentions).company(), won.company());
                }
            }
        }
        return null;
    }

    /** What a buyer wins for a company ("won an auction for X"). */
    private static final Set<String> CONTESTS = Set.of("auction", "contest", "battle", "race", "fight", "tender");
    private static final int CONTEST_REACH = 7;

    /** The first company of the coordinated list that ends with {@code last} ("a consortium of A, B and C"). */
    private static CompanyMention firstMember(ParsedSentence s, CompanyMention last, List<CompanyMention> mentions) {
        CompanyMention first = last;
        for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
            CompanyMention before = mentions.get(i);
            int gap = first.fromToken() - before.toToken();
            String link = s.lower(before.toToken());
            if (gap == 1 && link.equals(",") || gap == 1 && link.equals("and")
                    || gap == 2 && link.equals(",") && s.lower(before.toToken() + 1).equals("and")) {
                first = before;
            } else {
                break;
            }
        }
        return first;
    }

    private static final Set<String> WON = Set.of("won", "wins", "win");
    private static final Set<String> BEFORE_WON = Set.of("has", "have", "had", "also", "finally");

    /**
     * The parties read from the sentence's roles, corrected where a bid is accepted ("Rowntree agreed
     * to a raised offer from Nestle"), a bidder is named in its offer ("agrees to 2.55 bln stg Nestle
     * offer") or a named unit pays ("through its France Cables et Radio unit").
     */
    static Parties after(ParsedSentence s, AmountContext ctx, Companies companies, Parties parties) {
        List<CompanyMention> mentions = companies.mentionsIn(s.index());
        Parties accepted = acceptedOffer(s, ctx, mentions, companies.focus(s.index()));
        if (accepted != null) {
            return accepted;
        }
        String bidder = bidderOfOffer(s, ctx, mentions);
        if (bidder != null && !bidder.equals(parties.investor())) {
            // "Rowntree agrees to 2.55 bln stg Nestle offer": the one who agrees is bid for
            return new Parties(bidder, parties.investor() != null ? parties.investor() : parties.recipient());
        }
        String unit = parties.investor() == null ? null : unitPaying(s, mentions);
        if (unit == null) {
            return parties;
        }
        if (!unit.equals(parties.recipient())) {
            return new Parties(unit, parties.recipient());
        }
        // "will pay 412.2 mln dlrs for its 5 pct through its X unit": the stake is in the company in focus
        String focus = companies.focus(s.index());
        return new Parties(unit, focus == null || focus.equals(unit) || focus.equals(parties.investor()) ? null : focus);
    }

    /**
     * "Rowntree agreed to a raised takeover offer from Nestle worth 2.55 bln stg", "Columbia Pictures
     * accepted the Japanese group's cash offer of 27 dlrs a share, or 3.4 bln dlrs": the company that
     * accepts is bought; the bidder is named after "from", or owns the offer, or is the sentence's other
     * actor or the company in focus. Null when no company accepts a bid before the amount.
     */
    private static Parties acceptedOffer(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        for (CompanyMention target : mentions) {
            int verb = afterAside(s, target.toToken());
            if (target.possessive() && BOARDS.contains(s.lower(verb))) {
                // "Shire's board recommends a cash offer from Takeda": the target's board accepts for it
                verb++;
            }
            if (verb >= ctx.amountToken() || !ACCEPTING.contains(s.lower(verb))
                    || s.lower(verb).startsWith("agree") && !s.lower(verb + 1).equals("to") && !s.lower(verb + 3).equals("to")) {
                // "agreed (on Thursday) to an offer" accepts one; "agrees €14.7bn takeover of Covestro" makes one
                continue;
            }
            int bid = -1;
            for (int k = verb + 1; k < ctx.amountToken() && k <= verb + ACCEPT_REACH; k++) {
                if (BIDS.contains(s.lower(k))) {
                    // "a raised takeover offer": the last of the bid words
                    bid = BIDS.contains(s.lower(k + 1)) ? k + 1 : k;
                    break;
                }
            }
            if (bid < 0) {
                continue;
            }
            String bidder = null;
            for (CompanyMention m : mentions) {
                boolean from = s.lower(bid + 1).equals("from") && m.fromToken() == bid + 2;
                boolean owns = m.possessive() && m.toToken() > verb && m.toToken() <= bid;
                if ((from || owns) && !m.company().equals(target.company())) {
                    bidder = m.company();
                }
            }
            if (bidder == null) {
                bidder = mentions.stream().filter(m -> m.subject() && !m.company().equals(target.company()))
                        .map(CompanyMention::company).findFirst()
                        .orElse(focus != null && !focus.equals(target.company()) ? focus : null);
            }
            return bidder == null ? null : new Parties(bidder, target.company());
        }
        return null;
    }

    /** The token after an apposition opened by a comma at {@code k} ("Rowntree Plc, the York-based maker …, agreed"), else {@code k}. */
    private static int afterAside(ParsedSentence s, int k) {
        if (!s.lower(k).equals(",")) {
            return k;
        }
        int close = s.closingComma(k + 1, ASIDE_REACH);
        return close > 0 ? close + 1 : k;
    }

    private static final int ASIDE_REACH = 16;
    private static final Set<String> ACCEPTING = Set.of(
            "accepted", "accepts", "accept", "agreed", "agrees", "backed", "backs", "recommended", "recommends");
    private static final int ACCEPT_REACH = 8;
    private static final Set<String> BOARDS = Set.of("board", "directors", "shareholders");

    /**
     * "Samsung Electronics' 8 bln dlr purchase of Harman", "adds Guber-Peters to its 3.4 bln dlr
     * purchase of Columbia Pictures": the owner of the deal pays (a possessive name, or "its" for the
     * sentence's subject), the company after "of" is bought; null when the amount heads no such deal.
     */
    private static Parties ownedDeal(ParsedSentence s, AmountContext ctx, Companies companies) {
        int deal = ctx.afterToken();
        if (!Parties.DEAL_NOUNS.contains(s.lower(deal)) || !s.lower(deal + 1).equals("of")) {
            return null;
        }
        List<CompanyMention> mentions = companies.mentionsIn(s.index());
        String owner = null;
        int before = ctx.amountToken() - 1;
        for (CompanyMention m : mentions) {
            boolean possessive = m.possessive() || m.toToken() == before && APOSTROPHES.contains(s.lower(before));
            if (possessive && m.toToken() >= before && m.toToken() <= ctx.amountToken()) {
                owner = m.company();
            }
        }
        if (owner == null && OWNER_PRONOUNS.contains(s.lower(before))) {
            // "its": the subject of the amount's clause, the last company opening a clause before it
            for (CompanyMention m : mentions) {
                if (m.toToken() <= before && (m.fromToken() == 0 || CLAUSE_OPENERS.contains(s.lower(m.fromToken() - 1)))) {
                    owner = m.company();
                }
            }
            owner = owner != null ? owner : companies.focus(s.index());
        }
        if (owner == null) {
            return null;
        }
        for (CompanyMention m : mentions) {
            if (m.fromToken() > deal + 1 && m.fromToken() <= deal + 2 + BOUGHT_REACH && !m.company().equals(owner)) {
                return new Parties(owner, m.company());
            }
        }
        return null;
    }

    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            ",", ";", "after", "before", "when", "while", "and", "but", "as", "since", "because", "that", "which");
    private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");
    private static final int BOUGHT_REACH = 9;

    /** "a 2.55 bln stg Nestle offer", "the $5 billion Acme bid": the company named between the amount and the bid, or null. */
    private static String bidderOfOffer(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() == ctx.afterToken() && BIDS.contains(s.lower(m.toToken()))) {
                return m.company();
            }
        }
        return null;
    }

    private static final Set<String> OFFERING = Set.of("offered", "offers", "bid", "bids");

    /**
     * "Midea Group on Wednesday offered 115 euros a share for Kuka AG in a bid worth 4.5 billion euros":
     * the subject of a verb of offering pays, the company it offers for is bought; null otherwise.
     */
    private static Parties offeredFor(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int verb = -1;
        for (int k = ctx.clauseStart(); k < ctx.amountToken(); k++) {
            if (OFFERING.contains(s.lower(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        CompanyMention bidder = null;
        CompanyMention target = null;
        for (CompanyMention m : mentions) {
            if (m.toToken() <= verb && m.subject() && bidder == null && m.fromToken() >= ctx.clauseStart()) {
                bidder = m;
            } else if (m.fromToken() > verb && m.fromToken() < ctx.amountToken() && s.lower(m.fromToken() - 1).equals("for")) {
                target = m;
                break;
            }
        }
        return bidder == null || target == null || bidder.company().equals(target.company()) ? null
                : new Parties(bidder.company(), target.company());
    }

    private static final Set<String> BIDS = Set.of("offer", "bid", "takeover", "approach", "proposal", "buyout");

    /**
     * "will pay 412.2 mln dlrs for its 5 pct through its France Cables et Radio unit": the named unit
     * the money goes through is the investor (FACTS.md: a named subsidiary buyer), or null.
     */
    private static String unitPaying(ParsedSentence s, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            int before = m.fromToken() - 1;
            if (UNIT_OWNERS.contains(s.lower(before))) {
                before--;
            }
            if (s.lower(before).equals("through") && UNITS.contains(s.lower(m.toToken()))) {
                return m.company();
            }
        }
        return null;
    }

    private static final Set<String> UNIT_OWNERS = Set.of("its", "their", "a", "the");
    private static final Set<String> UNITS = Set.of(
            "unit", "subsidiary", "arm", "affiliate", "vehicle", "division", "fund", "venture");
}

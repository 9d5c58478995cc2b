package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.List;
import java.util.Set;

/**
 * Who pays and who receives, from the roles in the sentence: the company named before the deal
 * word pays ("X agreed to buy Y", "X will invest"), the one named after it receives ("stake in Y",
 * "acquisition of Y", "Y's consumer business"); a round's investor is the one it was "led by"
 * (here or in the next sentence); a back-reference ("the company", "it") is the company in focus.
 *
 * @param investor  canonical name of the payer, or null
 * @param recipient canonical name of the receiver, or null
 */
record Parties(String investor, String recipient) {

    private static final Set<String> OBJECT_MARKS = Set.of("of", "in", "from", "with", "to", "than", "by", "into");
    private static final Set<String> DEAL_NOUNS = Set.of("deal", "acquisition", "takeover", "purchase", "buyout");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is");
    private static final Set<String> INTO = Set.of("to", "in", "into");
    private static final Set<String> BACKERS = Set.of("led", "co-led", "backed");

    static Parties of(ParsedSentence s, AmountContext ctx, Companies companies, ParsedSentence next) {
        Parties owned = ownedDeal(s, ctx, companies);
        if (owned == null && ctx.kind() == InvestmentKind.acquisition) {
            owned = offeredFor(s, ctx, companies.mentionsIn(s.index()));
        }
        if (owned != null) {
            return owned;
        }
        Parties parties = read(s, ctx, companies, next);
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
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + ASIDE_REACH); j++) {
            if (s.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return k;
    }

    private static final int ASIDE_REACH = 16;
    private static final Set<String> ACCEPTING = Set.of(
            "accepted", "accepts", "accept", "agreed", "agrees", "backed", "backs", "recommended", "recommends");
    private static final int ACCEPT_REACH = 8;

    /**
     * "Samsung Electronics' 8 bln dlr purchase of Harman", "adds Guber-Peters to its 3.4 bln dlr
     * purchase of Columbia Pictures": the owner of the deal pays (a possessive name, or "its" for the
     * sentence's subject), the company after "of" is bought; null when the amount heads no such deal.
     */
    private static Parties ownedDeal(ParsedSentence s, AmountContext ctx, Companies companies) {
        int deal = ctx.afterToken();
        if (!DEAL_NOUNS.contains(s.lower(deal)) || !s.lower(deal + 1).equals("of")) {
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

    private static Parties read(ParsedSentence s, AmountContext ctx, Companies companies, ParsedSentence next) {
        List<CompanyMention> mentions = DealRoles.candidates(s, companies.mentionsIn(s.index()));
        int pivot = ctx.cueToken() >= 0 && ctx.cueToken() < ctx.amountToken() ? ctx.cueToken() : ctx.amountToken();
        CompanyMention subject = null;
        CompanyMention target = null;
        for (CompanyMention m : mentions) {
            if (m.fromToken() < ctx.clauseStart() || m.fromToken() >= ctx.clauseEnd()) {
                continue;
            }
            if (m.toToken() <= pivot) {
                if (DEAL_NOUNS.contains(s.lower(m.toToken())) && s.lower(m.fromToken() - 1).equals("the")) {
                    target = m;
                } else if ((m.fromToken() == ctx.clauseStart() || !OBJECT_MARKS.contains(s.lower(m.fromToken() - 1)))
                        && !Lexicon.ACQUISITION_WORDS.contains(s.lower(m.fromToken() - 1))
                        && !describedObject(s, m.fromToken())
                        && !(subject != null && coordinated(s, subject, m))) {
                    subject = m;
                }
            } else if (target == null && !(subject != null && m.company().equals(subject.company()))) {
                if (!BACKERS.contains(s.lower(m.fromToken() - 2))) {
                    target = m;
                }
            }
        }
        CompanyMention priced = pricedObject(s, ctx, mentions, pivot);
        if (priced != null && (subject == null || !priced.company().equals(subject.company()))) {
            // "to buy Y for £2.9 bln and Z for 1.2 bln USD": each amount buys the company right before it
            target = priced;
        }
        String focus = companies.focus(s.index());
        String planner = subject == null ? plannerBefore(s, ctx, mentions) : null;
        String investor = subject != null ? subject.company() : planner != null ? planner : focus;
        String recipient = target == null ? null : target.company();
        InvestmentKind kind = ctx.kind();
        Parties received = DealRoles.received(s, ctx, DealRoles.inClause(ctx, mentions), focus);
        if (received != null) {
            return received;
        }
        if (kind == InvestmentKind.acquisition || kind == InvestmentKind.stake) {
            Parties roles = DealRoles.read(s, ctx, mentions, focus);
            if (roles != null) {
                return roles;
            }
            if (DealRoles.isSelling(s.lower(ctx.cueToken()))) {
                // a sale with no named buyer ("the molecule sold for obesity") says nothing of who pays
                return new Parties(null, null);
            }
        }
        if (kind == InvestmentKind.acquisition && ctx.cueToken() > 0 && PASSIVE.contains(s.lower(ctx.cueToken() - 1))) {
            String by = backer(s, companies, "by");
            if (by != null) {
                return new Parties(by, subject != null ? subject.company() : recipient);
            }
        }
        if (kind == InvestmentKind.funding || kind == InvestmentKind.capex) {
            Parties infusion = infusion(s, ctx, mentions, focus);
            if (infusion != null) {
                return infusion;
            }
        }
        if (kind == InvestmentKind.funding) {
            Parties backing = backing(s, ctx, mentions, focus);
            if (backing != null) {
                return backing;
            }
            String backer = backer(s, companies, "by");
            if (backer == null && next != null && next.find(Lexicon.FUNDING_WORDS, 0, next.tokens().size()) >= 0) {
                backer = backer(next, companies, "by");
            }
            if (backer != null && backer.equals(investor)) {
                // "The $40 million round was led by X, Y said": the round is the other company's
                investor = other(mentions, backer);
            }
            return new Parties(backer, investor);
        }
        if (kind == InvestmentKind.capex) {
            // "committed $13 billion to OpenAI": money put into a company is a stake in it
            for (CompanyMention m : mentions) {
                if (m.fromToken() >= ctx.afterToken() && m.fromToken() - ctx.afterToken() <= 3
                        && INTO.contains(s.lower(m.fromToken() - 1)) && !m.company().equals(investor)) {
                    return new Parties(investor, m.company());
                }
            }
            String referred = referredInto(s, ctx, focus);
            return new Parties(investor, referred == null || referred.equals(investor) ? null : referred);
        }
        if (kind == InvestmentKind.stake && subject != null && target == null && ctx.cueToken() < 0
                && focus != null && !focus.equals(subject.company())) {
            // a backer's own clause inside a round ("while X put in $50 million"): it pays the company in focus
            return new Parties(subject.company(), focus);
        }
        if (subject == null && recipient != null && recipient.equals(focus)) {
            // "to buy Y for $N" with no buyer named: Y is bought, the payer is unknown
            return new Parties(null, recipient);
        }
        if (recipient == null || recipient.equals(investor)) {
            recipient = other(mentions, investor);
        }
        return new Parties(investor, recipient);
    }

    /** The company named right before "for" and the amount, after the deal word ("… and Z for $1.2 bln"), or null. */
    private static CompanyMention pricedObject(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                               int pivot) {
        if (!s.lower(ctx.amountToken() - 1).equals("for")) {
            return null;
        }
        return mentions.stream().filter(m -> m.toToken() == ctx.amountToken() - 1 && m.fromToken() > pivot
                        && !s.lower(m.fromToken() - 1).equals("from") && !s.lower(m.fromToken() - 1).equals("to"))
                .findFirst().orElse(null);
    }

    /**
     * "The US group led a $575 million round in Y", "it first put $394 million into Y", "it led the
     * startup's $590 million round": the clause's subject (the company in focus when it is a
     * description or a pronoun) backs the round; the company after "in"/"into" raises it. Null
     * without such a verb right before the amount.
     */
    private static Parties backing(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int verb = -1;
        for (int k = ctx.amountToken() - 1; k >= Math.max(ctx.clauseStart(), ctx.amountToken() - 4); k--) {
            if (BACKING_VERBS.contains(s.lower(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || s.lower(verb - 1).equals("was") || s.lower(verb - 1).equals("were")) {
            return null;
        }
        String payer = focus;
        String raiser = null;
        for (CompanyMention m : mentions) {
            if (!m.possessive() && m.toToken() <= verb && verb - m.toToken() <= 2 && m.fromToken() >= ctx.clauseStart()) {
                payer = m.company();
            } else if (m.possessive() && m.fromToken() > verb && m.toToken() <= ctx.amountToken()) {
                // "led Y's $8 million round"
                raiser = m.company();
            } else if (raiser == null && m.fromToken() > ctx.amountToken() && m.fromToken() < ctx.clauseEnd()
                    && m.fromToken() - ctx.amountToken() <= 8 && INTO.contains(s.lower(m.fromToken() - 1))) {
                raiser = m.company();
            }
        }
        if (payer == null || payer.equals(raiser)) {
            return null;
        }
        return new Parties(payer, raiser);
    }

    /**
     * "X's board approved an equity injection of €3.5 billion into Y", "an infusion of $1 billion
     * into Y by X": the money goes into the company named after the amount; it comes from the
     * company named before the noun (its possessive too), else from the company in focus. Null
     * without such a noun right before the amount or a company after "into".
     */
    private static Parties infusion(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int noun = -1;
        for (int k = ctx.amountToken() - 1; k >= Math.max(ctx.clauseStart(), ctx.amountToken() - 4); k--) {
            if (INFUSIONS.contains(s.lower(k)) && s.lower(k + 1).equals("of")) {
                noun = k;
                break;
            }
        }
        if (noun < 0) {
            return null;
        }
        String into = null;
        for (CompanyMention m : mentions) {
            if (m.fromToken() >= ctx.afterToken() && m.fromToken() - ctx.afterToken() <= 8
                    && m.fromToken() < ctx.clauseEnd() && s.lower(m.fromToken() - 1).equals("into")) {
                into = m.company();
                break;
            }
        }
        String payer = focus;
        for (CompanyMention m : mentions) {
            if (m.toToken() <= noun && m.fromToken() >= ctx.clauseStart() && !OBJECT_MARKS.contains(s.lower(m.fromToken() - 1))) {
                payer = m.company();
            }
        }
        return into == null || into.equals(payer) ? null : new Parties(payer, into);
    }

    /** "invested $100 million in the company", "put $5 billion into it": the company in focus, else null. */
    private static String referredInto(ParsedSentence s, AmountContext ctx, String focus) {
        for (int k = ctx.afterToken(); k < Math.min(ctx.clauseEnd(), ctx.afterToken() + 3); k++) {
            if (INTO.contains(s.lower(k)) && (s.lower(k + 1).equals("it")
                    || s.lower(k + 1).equals("the") && Lexicon.COMPANY_NOUNS.contains(s.lower(k + 2)))) {
                return focus;
            }
        }
        return null;
    }

    private static final Set<String> INFUSIONS = Set.of("injection", "infusion", "investment", "injections");

    /**
     * "part of Samsung's plan, unveiled in May, to invest 450 trln won": the owner of a plan named
     * before the amount in the same sentence, when the amount's own clause names no subject.
     */
    private static String plannerBefore(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        String owner = null;
        for (CompanyMention m : mentions) {
            if (m.possessive() && m.toToken() < ctx.amountToken() && OWNED_PLANS.contains(s.lower(m.toToken()))) {
                owner = m.company();
            }
        }
        return owner;
    }

    private static final Set<String> OWNED_PLANS = Set.of(
            "plan", "plans", "pledge", "programme", "program", "commitment", "strategy", "intention", "decision");

    private static final Set<String> CLAUSE_WORDS = Set.of(
            "for", "at", "on", "as", "and", "or", "but", "that", "which", "who", "after", "before", "while", "when",
            "under", "over", "said", "says");
    private static final Set<String> BACKING_VERBS = Set.of(
            "led", "co-led", "leads", "joined", "put", "puts", "invested", "injected", "poured", "pumped");

    /** "its purchase of online shoe seller X": a name after a lower-case description that follows an object's mark. */
    private static boolean describedObject(ParsedSentence s, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
            String w = s.lower(k);
            if (OBJECT_MARKS.contains(w) || Lexicon.ACQUISITION_WORDS.contains(w)) {
                return k < from - 1;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised() || w.equals("the") && k == from - 1
                    || CLAUSE_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "X and Y will invest", "X, Y and Z each put in": the first of coordinated subjects is the one named. */
    private static boolean coordinated(ParsedSentence s, CompanyMention first, CompanyMention then) {
        boolean joined = false;
        for (int k = first.toToken(); k < then.fromToken(); k++) {
            // another name ("X, OpenAI and Y") or a place's possessive ("X and Taiwan's Y") may stand between
            boolean name = s.token(k).isCapitalised() || s.token(k).possessive();
            if (!COORDINATION.contains(s.lower(k)) && !name) {
                return false;
            }
            joined |= s.lower(k).equals("and") || s.lower(k).equals(",") || s.lower(k).equals("&");
        }
        return joined || first.toToken() == then.fromToken();
    }

    private static final Set<String> COORDINATION = Set.of("and", ",", "the", "&");

    /** The company named right after "led by" / "backed by" in the sentence, or null. */
    private static String backer(ParsedSentence s, Companies companies, String preposition) {
        for (CompanyMention m : companies.mentionsIn(s.index())) {
            if (s.lower(m.fromToken() - 1).equals(preposition)
                    && (BACKERS.contains(s.lower(m.fromToken() - 2)) || PASSIVE.contains(s.lower(m.fromToken() - 3))
                    || Lexicon.ACQUISITION_WORDS.contains(s.lower(m.fromToken() - 2)))) {
                return m.company();
            }
        }
        return null;
    }

    private static String other(List<CompanyMention> mentions, String investor) {
        for (CompanyMention m : mentions) {
            if (!m.company().equals(investor)) {
                return m.company();
            }
        }
        return null;
    }
}

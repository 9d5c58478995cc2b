package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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
    static final Set<String> DEAL_NOUNS = Set.of("deal", "acquisition", "takeover", "purchase", "buyout");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is");
    private static final Set<String> INTO = Set.of("to", "in", "into");
    private static final int INTO_REACH = 3;
    private static final int OF_CAPITAL_REACH = 7;
    private static final Set<String> BACKERS = Set.of("led", "co-led", "backed");

    static Parties of(ParsedSentence s, AmountContext ctx, Companies companies, ParsedSentence next) {
        Parties shaped = BidShapes.before(s, ctx, companies);
        return shaped != null ? shaped : BidShapes.after(s, ctx, companies, read(s, ctx, companies, next));
    }

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
                } else if (subject != null && subject.possessive() && m.fromToken() == subject.toToken()) {
                    // "Alphabet Inc.'s Google will invest": the company the possessive owns acts
                    subject = m;
                } else if ((m.fromToken() == ctx.clauseStart() || !OBJECT_MARKS.contains(s.lower(m.fromToken() - 1)))
                        && !Lexicon.ACQUISITION_WORDS.contains(s.lower(m.fromToken() - 1))
                        && !describedObject(s, m.fromToken()) && !ownerInApposition(s, m, mentions)
                        && !abbreviation(s, m, mentions)
                        && !(subject != null && coordinated(s, subject, m)) && !s.inAside(m.fromToken(), pivot)) {
                    subject = m;
                }
            } else if (target == null && !(subject != null && m.company().equals(subject.company()))) {
                if (!BACKERS.contains(s.lower(m.fromToken() - 2))) {
                    target = m;
                }
            }
        }
        CompanyMention payer = relativePayer(s, ctx, mentions);
        if (payer != null) {
            // "the €75 million that the French insurer AXA paid last month for an 8 per cent stake": the relative's subject pays
            String focus = companies.focus(s.index());
            String paid = mentions.stream().filter(m -> m.fromToken() > payer.toToken() && !m.company().equals(payer.company()))
                    .map(CompanyMention::company).findFirst().orElse(payer.company().equals(focus) ? null : focus);
            return new Parties(payer.company(), paid);
        }
        CompanyMention priced = pricedObject(s, ctx, mentions, pivot);
        CompanyMention lead = pricedLead(s, ctx, mentions);
        String gapped = lead == null ? null : gappedBuyer(s, ctx, mentions, lead);
        if (gapped != null && !gapped.equals(lead.company())) {
            return new Parties(gapped, lead.company());
        }
        if (priced != null && (subject == null || !priced.company().equals(subject.company()))) {
            // "to buy Y for £2.9 bln and Z for 1.2 bln USD": each amount buys the company right before it
            target = priced;
        }
        CompanyMention relative = ctx.kind() == InvestmentKind.acquisition || ctx.kind() == InvestmentKind.stake
                ? relativeSubject(s, pivot, mentions) : null;
        if (relative != null) {
            // "X is to be controlled by Y, which agreed to buy 21% of the company for …": Y buys
            String bought = target != null && !target.company().equals(relative.company()) ? target.company()
                    : other(mentions, relative.company());
            return new Parties(relative.company(), bought);
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
            CompanyMention by = investmentBy(s, ctx, mentions);
            if (by != null && !by.company().equals(investor)) {
                // "plans to raise $1.85 billion, including a $750 million strategic investment by PayPal":
                // the one named after the investment puts it into the subject
                return new Parties(by.company(), investor);
            }
            // "committed $13 billion to OpenAI": money put into a company is a stake in it; "put $492 million of
            // new capital into Genentech" names what the money is first
            int reach = s.lower(ctx.afterToken()).equals("of") ? OF_CAPITAL_REACH : INTO_REACH;
            for (CompanyMention m : mentions) {
                if (m.fromToken() >= ctx.afterToken() && m.fromToken() - ctx.afterToken() <= reach
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

    /**
     * The company named after "by" or "from" that an investment noun right after the amount takes ("a $750
     * million strategic investment by PayPal", "a $300 million injection from X"), or null.
     */
    private static CompanyMention investmentBy(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int k = ctx.afterToken();
        int last = Math.min(s.tokens().size(), k + INVESTMENT_NOUN_REACH);
        while (k < last && !INVESTMENT_NOUNS.contains(s.lower(k)) && s.token(k).isWord()) {
            k++;
        }
        if (k >= last || !INVESTMENT_NOUNS.contains(s.lower(k))) {
            return null;
        }
        for (CompanyMention m : mentions) {
            int by = describedAfter(s, m.fromToken(), "by");
            int from = describedAfter(s, m.fromToken(), "from");
            if (by == k + 1 || from == k + 1) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> INVESTMENT_NOUNS = Set.of("investment", "injection", "infusion");
    private static final int INVESTMENT_NOUN_REACH = 3;

    /**
     * The company a relative pronoun right after it makes the subject of the deal verb at
     * {@code pivot} ("Y, which signed an agreement on Monday to buy …"), with no comma, other company
     * or passive between, or null.
     */
    private static CompanyMention relativeSubject(ParsedSentence s, int pivot, List<CompanyMention> mentions) {
        CompanyMention found = null;
        for (CompanyMention m : mentions) {
            if (m.fromToken() >= pivot) {
                break;
            }
            found = s.lower(m.toToken()).equals(",") && AmountContext.RELATIVES.contains(s.lower(m.toToken() + 1)) ? m : null;
        }
        if (found == null || RELATIVE_OBJECT_SUBJECTS.contains(s.lower(found.toToken() + 2))) {
            // "DirecTV, which it bought for $49 billion": the relative is the object, "it" buys
            return null;
        }
        for (int k = found.toToken() + 2; k < pivot; k++) {
            if (s.token(k).isPunct() || PASSIVE.contains(s.lower(k))) {
                // "X, which was acquired by Y": the relative is the one bought
                return null;
            }
        }
        return found;
    }

    /**
     * The company that pays in a relative clause on the amount: "the €75 million that the French insurer AXA
     * paid", "the $2 billion which Kestrel invested in"; the clause's subject, right before its verb; or null.
     */
    private static CompanyMention relativePayer(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int that = ctx.afterToken();
        if (!AmountContext.RELATIVE_THAT.contains(s.lower(that))) {
            return null;
        }
        for (CompanyMention m : mentions) {
            boolean inClause = m.fromToken() > that && m.fromToken() <= that + RELATIVE_SUBJECT_REACH
                    && s.span(that, m.fromToken() - 1).chars().noneMatch(c -> c == ',' || c == ';');
            if (inClause && !m.possessive() && PAYING.contains(s.lower(m.toToken()))) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> PAYING = Set.of("paid", "pays", "spent", "spends", "invested", "invests", "put", "puts");
    private static final int RELATIVE_SUBJECT_REACH = 6;

    /** Words that open a relative clause's own subject ("which it bought", "which the group bought"). */
    private static final Set<String> RELATIVE_OBJECT_SUBJECTS = Set.of(
            "it", "they", "he", "she", "we", "i", "you", "the", "a", "an", "its", "their");

    /** The company named right before "for" and the amount, after the deal word ("… and Z for $1.2 bln"), or null. */
    private static CompanyMention pricedObject(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                               int pivot) {
        return pricedBy(s, ctx, mentions, m -> m.fromToken() > pivot
                && !s.lower(m.fromToken() - 1).equals("from") && !s.lower(m.fromToken() - 1).equals("to"));
    }

    /** The company that opens the amount's clause right before "for" and the amount ("…, and Z for $2.7 billion"), or null. */
    private static CompanyMention pricedLead(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        return pricedBy(s, ctx, mentions, m -> m.fromToken() >= ctx.clauseStart());
    }

    /** The first mention {@code where} takes that ends right before "for" and the amount, or null. */
    private static CompanyMention pricedBy(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                           Predicate<CompanyMention> where) {
        if (!s.lower(ctx.amountToken() - 1).equals("for")) {
            return null;
        }
        return mentions.stream().filter(m -> m.toToken() == ctx.amountToken() - 1 && where.test(m)).findFirst().orElse(null);
    }

    /**
     * "X bought Y for $4.7 billion in 2008, and Z for $2.7 billion in 2012": a clause that opens on
     * the company priced, its verb left out, repeats the earlier buying verb, whose subject pays.
     * Null when the clause is not built so.
     */
    private static String gappedBuyer(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions,
                                      CompanyMention priced) {
        for (int k = ctx.clauseStart(); k < priced.fromToken(); k++) {
            if (!GAP_OPENERS.contains(s.lower(k))) {
                return null;
            }
        }
        if (!GAP_OPENERS.contains(s.lower(ctx.clauseStart() - 1))) {
            return null;
        }
        int verb = s.nearestBefore(ctx.clauseStart(), ctx.clauseStart(), 0, GAPPED_VERBS::contains);
        if (verb < 0 || ctx.clauseStart() - verb > GAP_REACH) {
            return null;
        }
        String buyer = null;
        for (CompanyMention m : mentions) {
            if (m.toToken() <= verb && !OBJECT_MARKS.contains(s.lower(m.fromToken() - 1))) {
                buyer = m.company();
            }
        }
        return buyer;
    }

    private static final Set<String> GAP_OPENERS = Set.of("and", ",", "the");
    private static final Set<String> GAPPED_VERBS = Set.of("bought", "acquired", "purchased", "buys", "buy", "acquire");
    private static final int GAP_REACH = 25;

    /**
     * "The US group led a $575 million round in Y", "it first put $394 million into Y", "it led the
     * startup's $590 million round": the clause's subject (the company in focus when it is a
     * description or a pronoun) backs the round; the company after "in"/"into" raises it. Null
     * without such a verb right before the amount.
     */
    private static Parties backing(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions, String focus) {
        int verb = s.nearestBefore(ctx.amountToken(), BACKING_REACH, ctx.clauseStart(), BACKING_VERBS::contains);
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
            "led", "co-led", "leads", "lead", "leading", "joined", "put", "puts", "invested", "injected", "poured", "pumped");
    /** How far before the amount a backing verb may stand ("led a funding round of $40 billion"). */
    private static final int BACKING_REACH = 6;

    /**
     * "to combine with GE Transportation, General Electric Co.'s locomotive business, in a transaction": a
     * possessive in an apposition to the company before it names that company's owner, not the subject.
     */
    private static boolean ownerInApposition(ParsedSentence s, CompanyMention m, List<CompanyMention> mentions) {
        return m.possessive() && rightAfterAnother(s, m, mentions, ",");
    }

    /**
     * "TotalEnergies and China National Offshore Oil Corporation (CNOOC) took …": a name in brackets
     * right after another is that company's short name, not a new subject.
     */
    private static boolean abbreviation(ParsedSentence s, CompanyMention m, List<CompanyMention> mentions) {
        return rightAfterAnother(s, m, mentions, "(");
    }

    /** Whether {@code mark} alone stands between another company's name and this one. */
    private static boolean rightAfterAnother(ParsedSentence s, CompanyMention m, List<CompanyMention> mentions, String mark) {
        return s.lower(m.fromToken() - 1).equals(mark) && mentions.stream().anyMatch(o -> o.toToken() == m.fromToken() - 1);
    }

    /** "its purchase of online shoe seller X": a name after a lower-case description that follows an object's mark. */
    private static boolean describedObject(ParsedSentence s, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
            String w = s.lower(k);
            if (OBJECT_MARKS.contains(w) || Lexicon.ACQUISITION_WORDS.contains(w)) {
                return k < from - 1;
            }
            if (!s.token(k).isWord() && s.token(k).kind() != Token.Kind.NUMBER || s.token(k).isCapitalised()
                    || w.equals("the") && k == from - 1 || CLAUSE_WORDS.contains(w)) {
                // a count may stand in the description ("bought about 10 mln Bendix shares")
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
            int by = describedAfter(s, m.fromToken(), preposition);
            if (by > 0 && (BACKERS.contains(s.lower(by - 1)) || PASSIVE.contains(s.lower(by - 2))
                    || Lexicon.ACQUISITION_WORDS.contains(s.lower(by - 1)))) {
                return m.company();
            }
        }
        return null;
    }

    /**
     * The {@code preposition} before a name at {@code name}, right before it or before what describes it
     * ("led by Japan's Mizuho Bank", "led by U.S. private equity firm Bain Capital"), or -1.
     */
    static int describedAfter(ParsedSentence s, int name, String preposition) {
        if (s.lower(name - 1).equals(preposition)) {
            return name - 1;
        }
        if (name < 2) {
            return -1;
        }
        String last = s.lower(name - 1);
        if (!s.token(name - 1).possessive() && !Lexicon.COMPANY_NOUNS.contains(last)) {
            return -1;
        }
        for (int j = name - 2; j >= Math.max(0, name - DESCRIPTION_REACH); j--) {
            if (s.lower(j).equals(preposition)) {
                return j;
            }
            if (!s.token(j).isWord() && !s.token(j).possessive() && !s.lower(j).equals(".")) {
                // an abbreviation's full stop ("U.S. private equity firm") may stand between
                return -1;
            }
        }
        return -1;
    }

    private static final int DESCRIPTION_REACH = 7;

    private static String other(List<CompanyMention> mentions, String investor) {
        for (CompanyMention m : mentions) {
            if (!m.company().equals(investor)) {
                return m.company();
            }
        }
        return null;
    }
}

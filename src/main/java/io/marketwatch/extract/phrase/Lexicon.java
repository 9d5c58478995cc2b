package io.marketwatch.extract.phrase;

/** The curated word lists (src/main/resources/extract), loaded once and shared by all rules. */
public final class Lexicon {

    public static final WordList LEGAL_SUFFIXES = WordList.load("legal-suffixes");
    public static final WordList CORPORATE_DESCRIPTORS = WordList.load("corporate-descriptors");
    public static final WordList COMPANY_NOUNS = WordList.load("company-nouns");
    public static final WordList ROLE_TITLES = WordList.load("role-titles");
    public static final WordList GIVEN_NAMES = WordList.load("given-names");
    public static final WordList INSTITUTION_WORDS = WordList.load("institution-words");
    public static final WordList CENTRAL_BANKS = WordList.load("central-banks");
    public static final WordList PLACES = WordList.load("places");
    public static final WordList OUTLETS = WordList.load("outlets");
    public static final WordList OUTLET_WORDS = WordList.load("outlet-words");
    public static final WordList ANALYST_FIRMS = WordList.load("analyst-firms");
    public static final WordList COMMON_WORDS = WordList.load("common-words");
    public static final WordList ENGLISH_WORDS = WordList.load("english-words");
    public static final WordList NOT_NAMES = WordList.load("not-names");
    public static final WordList OF_HEADS = WordList.load("of-heads");
    public static final WordList PRODUCT_NOUNS = WordList.load("product-nouns");
    public static final WordList CORPORATE_VERBS = WordList.load("corporate-verbs");
    public static final WordList DEAL_WORDS = WordList.load("deal-words");
    public static final WordList OF_COMPANY_NOUNS = WordList.load("of-company-nouns");
    public static final WordList CORPORATE_POSSESSIONS = WordList.load("corporate-possessions");
    public static final WordList STAFF_NOUNS = WordList.load("staff-nouns");
    public static final WordList LAUNCH_VERBS = WordList.load("launch-verbs");
    public static final WordList ACQUISITION_WORDS = WordList.load("acquisition-words");
    public static final WordList STAKE_WORDS = WordList.load("stake-words");
    public static final WordList FUNDING_WORDS = WordList.load("funding-words");
    public static final WordList CAPEX_WORDS = WordList.load("capex-words");
    public static final WordList AMOUNT_TRAPS = WordList.load("amount-traps");
    public static final WordList AMOUNT_TRAPS_AFTER = WordList.load("amount-traps-after");
    public static final WordList HYPOTHETICAL_WORDS = WordList.load("hypothetical-words");
    public static final WordList RUNNING_TOTALS = WordList.load("running-totals");
    public static final WordList PART_WORDS = WordList.load("part-words");
    public static final WordList INVESTMENT_HEADS = WordList.load("investment-heads");
    public static final WordList LEVEL_VERBS = WordList.load("level-verbs");
    public static final WordList COLLAPSE_WORDS = WordList.load("collapse-words");
    public static final WordList GOODS_NOUNS = WordList.load("goods-nouns");
    public static final WordList RUMOR_WORDS = WordList.load("rumor-words");
    public static final WordList PLAN_WORDS = WordList.load("plan-words");
    public static final WordList COMPLETION_WORDS = WordList.load("completion-words");
    public static final WordList ANNOUNCEMENT_WORDS = WordList.load("announcement-words");
    public static final WordList DELAY_WORDS = WordList.load("delay-words");
    public static final WordList DENIAL_WORDS = WordList.load("denial-words");
    public static final WordList CANCEL_WORDS = WordList.load("cancel-words");
    public static final WordList FUTURE_WORDS = WordList.load("future-words");
    public static final WordList NOT_LAUNCHED = WordList.load("not-launched");
    public static final WordList LAUNCH_COMPOUNDS = WordList.load("launch-compounds");
    public static final WordList PRODUCT_REFERENCES = WordList.load("product-references");

    private Lexicon() {
    }
}

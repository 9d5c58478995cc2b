package io.marketwatch.extract.phrase;

/** The curated word lists (src/main/resources/extract), loaded once and shared by all rules. */
public final class Lexicon {

    public static final WordList LEGAL_SUFFIXES = WordList.load("legal-suffixes");
    public static final WordList CORPORATE_DESCRIPTORS = WordList.load("corporate-descriptors");
    public static final WordList COMPANY_NOUNS = WordList.load("company-nouns");
    public static final WordList ROLE_TITLES = WordList.load("role-titles");
    public static final WordList INSTITUTION_WORDS = WordList.load("institution-words");
    public static final WordList CENTRAL_BANKS = WordList.load("central-banks");
    public static final WordList PLACES = WordList.load("places");
    public static final WordList OUTLETS = WordList.load("outlets");
    public static final WordList OUTLET_WORDS = WordList.load("outlet-words");
    public static final WordList ANALYST_FIRMS = WordList.load("analyst-firms");
    public static final WordList COMMON_WORDS = WordList.load("common-words");
    public static final WordList NOT_NAMES = WordList.load("not-names");
    public static final WordList OF_HEADS = WordList.load("of-heads");
    public static final WordList PRODUCT_NOUNS = WordList.load("product-nouns");
    public static final WordList CORPORATE_VERBS = WordList.load("corporate-verbs");
    public static final WordList DEAL_WORDS = WordList.load("deal-words");
    public static final WordList OF_COMPANY_NOUNS = WordList.load("of-company-nouns");
    public static final WordList CORPORATE_POSSESSIONS = WordList.load("corporate-possessions");
    public static final WordList STAFF_NOUNS = WordList.load("staff-nouns");
    public static final WordList LAUNCH_VERBS = WordList.load("launch-verbs");

    private Lexicon() {
    }
}

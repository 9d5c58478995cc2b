package io.marketwatch.extract.launch;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.phrase.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an article has said about launches so far, for back-references ("the model", "the same day"),
 * and whom it says its people work for.
 */
final class LaunchMemory {

    private static final int LOOK_BACK = 3;
    private static final WordList SLIPS = WordList.of(
            "slips", "slipped", "slip", "behind schedule", "behind the schedule", "later than planned",
            "longer than planned", "later than expected", "setback");

    private final List<ParsedSentence> sentences;
    private final Companies companies;
    private final Employers employers;
    private final Set<String> namesInRunningText;
    /** Whether some sentence tells of a delay: read the first time a launch needs it (few do). */
    private Boolean reportsDelay;
    private final List<LaunchFact> launches = new ArrayList<>();

    LaunchMemory(List<ParsedSentence> sentences, Companies companies) {
        this.sentences = sentences;
        this.companies = companies;
        this.employers = Employers.of(sentences, companies);
        this.namesInRunningText = new HashSet<>();
        for (ParsedSentence s : sentences) {
            for (Chunk c : s.chunks()) {
                // a capital after a comma is a name's ("its new drug, Halvex,"); after a quote or a colon it may open a sentence
                if (!s.title() && !s.heading() && c.from() > 0 && (!s.token(c.from() - 1).isPunct()
                        || s.lower(c.from() - 1).equals(",") || s.lower(c.from() - 1).equals(";")
                        || closingQuote(s, c.from() - 1))) {
                    namesInRunningText.add(c.key());
                }
            }
        }
    }

    /** A quote mark closing a quotation ("would "supercharge" Agentforce"): right after a word. */
    private static boolean closingQuote(ParsedSentence s, int k) {
        Token before = s.token(k - 1);
        return QUOTE_MARKS.contains(s.lower(k)) && before != null && before.isWord() && before.end() == s.token(k).start();
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201d", "'", "\u2019");

    /** Whether the article tells of a launch put off anywhere ("pushed back", "slips", "behind schedule"). */
    boolean reportsDelay() {
        if (reportsDelay == null) {
            reportsDelay = sentences.stream().anyMatch(s -> s.find(Lexicon.DELAY_WORDS, 0, s.tokens().size()) >= 0
                    || s.find(SLIPS, 0, s.tokens().size()) >= 0);
        }
        return reportsDelay;
    }

    /**
     * Whether a one-word name is an English word capitalised only where it opens a sentence
     * ("Production is due to begin in July"): an ordinary word, not a product's name. A word no
     * dictionary has is a name even there ("Silverthorne will reach the market in 2008").
     */
    boolean onlyOpensSentences(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.indexOf(' ') < 0 && name.chars().noneMatch(Character::isDigit)
                && name.chars().skip(1).noneMatch(Character::isUpperCase)
                && !namesInRunningText.contains(lower) && Lexicon.ENGLISH_WORDS.contains(lower);
    }

    /** The companies the article ties its people to. */
    Employers employers() {
        return employers;
    }

    void add(LaunchFact launch) {
        launches.add(launch);
    }

    /** Whether a name is the product of a launch found so far ("unveiled the Nexa Ring"). */
    private boolean launched(Chunk c) {
        return launches.stream().anyMatch(l -> l.product().equals(c.text()));
    }

    /** The product of the company's latest named launch, or null. */
    Product lastLaunchOf(String company) {
        for (int i = launches.size() - 1; i >= 0; i--) {
            LaunchFact l = launches.get(i);
            if (l.company().equals(company) && !l.product().equals(l.product().toLowerCase(Locale.ROOT))) {
                return new Product(l.product(), l.company(), false, -1);
            }
        }
        return null;
    }

    /**
     * The maker of the latest earlier launch of the same product line: a name whose words are the
     * last of another's but for its own last ("Grand Theft Auto V" after "Grand Theft Auto VI", "MAX 9"
     * after "737 MAX 8"), or null.
     */
    String makerOfLine(String product) {
        List<String> words = List.of(product.split("\\s+"));
        if (words.size() < 2) {
            return null;
        }
        boolean numbered = words.get(words.size() - 1).chars().anyMatch(Character::isDigit);
        for (int i = launches.size() - 1; i >= 0; i--) {
            List<String> other = List.of(launches.get(i).product().split("\\s+"));
            int from = other.size() - words.size();
            boolean sameLength = from == 0 && other.subList(0, other.size() - 1).equals(words.subList(0, words.size() - 1))
                    && !other.equals(words);
            // "MAX 9" after "737 MAX 8": a model number after the line's name that ends another's
            boolean shortened = from > 0 && numbered && other.get(other.size() - 1).chars().anyMatch(Character::isDigit)
                    && other.subList(from, other.size() - 1).equals(words.subList(0, words.size() - 1));
            if (sameLength || shortened) {
                return launches.get(i).company();
            }
        }
        return null;
    }

    /** The window of the latest launch that has one ("goes on sale the same day"), or null. */
    LaunchFact lastWithWindow() {
        for (int i = launches.size() - 1; i >= 0; i--) {
            if (launches.get(i).window() != null) {
                return launches.get(i);
            }
        }
        return null;
    }

    /**
     * The products a plural subject refers back to ("all four models", "both"): the last
     * {@code count} names standing as clause subjects in this sentence before {@code token} and in
     * the sentences just before it, in order; with {@code count} 0, those of the closest sentence
     * naming any. Empty when fewer than two are found.
     */
    List<Product> subjectProducts(ParsedSentence s, int token, int count) {
        List<Product> out = new ArrayList<>();
        for (int i = s.index(); i >= Math.max(0, s.index() - LOOK_BACK); i--) {
            ParsedSentence from = sentences.get(i);
            if (from.title() || from.heading()) {
                break;
            }
            List<Chunk> chunks = ProductPhrases.subjectProductChunks(from, from == s ? token : from.tokens().size(),
                    companies);
            for (int c = chunks.size() - 1; c >= 0 && (count == 0 || out.size() < count); c--) {
                Chunk chunk = chunks.get(c);
                out.add(0, productOf(from, chunk, s, -1));
            }
            if (count == 0 ? !out.isEmpty() : out.size() >= count) {
                break;
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    /**
     * The product the sentence just before opens on as its subject ("The Dreamcast, already sold in
     * Japan, is built around a 200 MHz SH-4 processor"), as a one-element list; empty when it opens
     * on anything else.
     */
    List<Product> openingProduct(ParsedSentence s) {
        if (s.index() == 0 || sentences.get(s.index() - 1).title()) {
            return List.of();
        }
        ParsedSentence before = sentences.get(s.index() - 1);
        Chunk c = ProductPhrases.openingProductChunk(before, companies, this::launched);
        if (c == null) {
            return List.of();
        }
        return List.of(productOf(before, c, s, -1));
    }

    /** The product {@code c} names in sentence {@code from}, made by its owner there, else by the company in focus at {@code s}. */
    private Product productOf(ParsedSentence from, Chunk c, ParsedSentence s, int end) {
        return productOf(from, c, s, end, null);
    }

    /** As the method above, but a name no company owns is made by {@code maker} when one is given. */
    private Product productOf(ParsedSentence from, Chunk c, ParsedSentence s, int end, String maker) {
        String company = companies.owner(from, c.from(), c.to());
        if (company == null) {
            company = maker != null ? maker : companies.focus(s.index());
        }
        return new Product(c.text(), company, false, end);
    }

    /**
     * The products named just before: in this sentence before {@code token}, else in the closest
     * earlier sentence naming any; all of them when {@code plural}, else the last.
     */
    List<Product> recentProducts(ParsedSentence s, int token, boolean plural) {
        return recentProducts(s, token, plural, c -> false, null);
    }

    /**
     * As {@link #recentProducts(ParsedSentence, int, boolean)}, a name no company owns being made by
     * {@code maker} rather than by the company in focus ("Hyundai's Brazilian unit, Hyundai Motor
     * Brasil, showed the HB20 … and said the car would go on sale": the clause's subject).
     */
    List<Product> recentProducts(ParsedSentence s, int token, boolean plural, String maker) {
        return recentProducts(s, token, plural, c -> false, maker);
    }

    /**
     * The launched product named last before {@code token}, as a one-element list, when its name was
     * written with the plural {@code noun} after it ("unveiled the X5 chips on Monday … The chips go on
     * sale in July", and for {@code noun} null any plural: "… They go on sale in July"): one product
     * spoken of in the plural. Empty otherwise.
     */
    List<Product> namedInPlural(ParsedSentence s, int token, String noun) {
        Named named = namedBefore(s, token, this::launched);
        if (named.chunks().isEmpty()) {
            return List.of();
        }
        Chunk last = named.chunks().get(named.chunks().size() - 1);
        String kind = named.sentence().lower(last.to());
        boolean plural = noun == null ? ProductPhrases.isPluralKind(kind) : kind.equals(noun);
        return plural ? List.of(productOf(named.sentence(), last, s, -1)) : List.of();
    }

    /**
     * All the products named just before, as {@link #recentProducts}, counting the names launched so far
     * as products ("unveiled the Nexa Ring and the Nexa Band … Both go on sale in July").
     */
    List<Product> recentLaunchedProducts(ParsedSentence s, int token) {
        return recentProducts(s, token, true, this::launched, null);
    }

    private List<Product> recentProducts(ParsedSentence s, int token, boolean plural, Predicate<Chunk> launched,
                                         String maker) {
        Named named = namedBefore(s, token, launched);
        ParsedSentence from = named.sentence();
        List<Chunk> chunks = named.chunks();
        if (chunks.isEmpty()) {
            return List.of();
        }
        List<Product> out = new ArrayList<>();
        int last = chunks.size() - 1;
        if (!plural && last > 0 && ProductPhrases.inAsideOf(from, chunks.get(last - 1), chunks.get(last))) {
            last--;
        }
        for (Chunk c : plural ? chunks : chunks.subList(last, last + 1)) {
            out.add(productOf(from, c, s, from == s ? c.to() : -1, maker));
        }
        return out;
    }

    /** The product names of the nearest sentence that has some, up to {@code token} in this one, then back. */
    private Named namedBefore(ParsedSentence s, int token, Predicate<Chunk> launched) {
        List<Chunk> chunks = ProductPhrases.productChunks(s, token, companies, launched);
        ParsedSentence from = s;
        for (int i = s.index() - 1; chunks.isEmpty() && i >= Math.max(0, s.index() - LOOK_BACK); i--) {
            from = sentences.get(i);
            if (!from.title()) {
                chunks = ProductPhrases.productChunks(from, from.tokens().size(), companies, launched);
            }
        }
        return new Named(from, chunks);
    }

    /** Product names and the sentence they are written in. */
    private record Named(ParsedSentence sentence, List<Chunk> chunks) {
    }
}

package io.marketwatch.extract.company;

import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.kb.Known;
import io.marketwatch.kb.KnownEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One written form of a name in an article, with the evidence gathered for each kind. */
final class NameForm {

    final String key;
    final List<String> words;
    String text;
    final int firstSentence;
    /** The short name given for it: an acronym in parentheses ("UOB"), or the name it is "known as". */
    String acronym;
    int occurrences;
    boolean cited;
    boolean spoke;
    /** Ends in a legal or corporate word ("Inc", "Technologies"): shaped like a company's name. */
    boolean companyShaped;
    /** Opens with a common given name ("Patrice Motsepe"): a person's name by its shape alone. */
    boolean givenNamed;
    /** The other names of each list it stands in, judged once the knowledge base has weighed them. */
    final List<List<NameForm>> lists = new ArrayList<>(0);
    /** Whether a possessive of it has already counted as owning a product ("OpenAI's ChatGPT"). */
    boolean ownsProduct;
    /** Whether some occurrence stands after the first word of its sentence, where capitals mean a name. */
    boolean midSentence;
    /**
     * Whether an occurrence opening its sentence is followed by what follows a name, not a word
     * ("Amazon, which …", "Orange and Vodafone", "Shell's profit"; not "Shell companies").
     */
    boolean namedAtStart;
    /** Whether some occurrence follows an owner ("his Weibo account"): a service used, not a firm acting. */
    boolean owned;
    /** What the knowledge base knows this form as (set once every form is collected). */
    Known known;
    /** The words next to its occurrences ("L1=said", "R1=said"), what the company model reads. */
    final Set<String> around = new HashSet<>();
    /** How many occurrences open their sentence, stand in the title, end in a possessive. */
    int atStart;
    int inTitle;
    int possessives;
    /** How many occurrences stand before a company noun, describing it ("AI startup X"). */
    int describing;
    /** Which cues fired, one bit per kind and number of points (see {@link #cues()}). */
    private long cueBits;
    /** Set the system property {@code marketwatch.trace-names} to see which cue gave which points. */
    private static final boolean TRACE = Boolean.getBoolean("marketwatch.trace-names");
    private final StringBuilder trace = new StringBuilder();
    private static final int CUE_POINTS = 10;
    private final int[] scores = new int[NameKind.values().length];

    NameForm(Chunk chunk, List<String> words, int sentence) {
        this.key = chunk.key();
        this.words = words;
        this.text = chunk.text();
        this.firstSentence = sentence;
    }

    void add(NameKind kind, int points) {
        scores[kind.ordinal()] += points;
        cueBits |= 1L << (kind.ordinal() * CUE_POINTS + Math.min(Math.abs(points), CUE_POINTS - 1));
        if (TRACE) {
            int line = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow()).getLineNumber();
            trace.append(' ').append(kind.name().charAt(0)).append(kind.name().charAt(1)).append(points > 0 ? "+" : "")
                    .append(points).append('@').append(line);
        }
    }

    /** The cues that fired, each named by its kind and points ("COMPANY3"). */
    List<String> cues() {
        List<String> out = new ArrayList<>();
        for (NameKind k : NameKind.values()) {
            for (int p = 0; p < CUE_POINTS; p++) {
                if ((cueBits & 1L << (k.ordinal() * CUE_POINTS + p)) != 0) {
                    out.add(k.name() + p);
                }
            }
        }
        return out;
    }

    /**
     * How often it stands in a list next to a company-shaped or well-known company ("Nvidia, SoftBank
     * Group and …"), once the knowledge base has weighed every form.
     */
    int listedWithCompany() {
        return (int) lists.stream().filter(l -> l.stream().anyMatch(NameForm::surelyCompany)).count();
    }

    /** Whether the form is shaped like a company's name or names one the base knows unambiguously. */
    boolean surelyCompany() {
        return companyShaped || known != null && !known.commonWord() && knownCompany().isPresent();
    }

    /** The one company the knowledge base knows this form as, if any. */
    Optional<KnownEntity> knownCompany() {
        return known == null ? Optional.empty() : known.company();
    }

    int score(NameKind kind) {
        return scores[kind.ordinal()];
    }

    int size() {
        return words.size();
    }

    /** Whether it ends in a legal form after a name ("Gulf Oil Corp", not "Corp" alone). */
    boolean hasLegalForm() {
        return size() > 1 && Lexicon.LEGAL_SUFFIXES.contains(words.get(size() - 1));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(text).append(" {");
        for (NameKind k : NameKind.values()) {
            if (scores[k.ordinal()] != 0) {
                sb.append(' ').append(k.name().toLowerCase()).append('=').append(scores[k.ordinal()]);
            }
        }
        return sb.append(" }").append(trace).toString();
    }
}

package io.marketwatch.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Language codes: normalizes declared ones ("en-GB" to "en") and guesses a missing one from
 * stopwords, among English, German, French, Spanish, Italian, Dutch, Swedish and Portuguese.
 */
final class Languages {

    private static final int WORDS_READ = 150;
    private static final int MIN_HITS = 5;
    private static final int MAX_STOPWORD_LENGTH = 8;

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "was", "for", "with", "it", "on", "as", "by",
                    "are", "said", "from", "has", "have", "will", "this", "be", "at", "which", "its", "were"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des",
                    "auf", "für", "ein", "eine", "dem", "auch", "wird", "im", "sie", "nach", "bei", "wurde"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "du", "dans", "pour", "pas", "qui", "sur",
                    "au", "avec", "par", "ce", "sont", "il", "aux", "été", "cette", "mais", "ont"),
            "es", Set.of("el", "los", "las", "y", "del", "por", "con", "una", "para", "su", "al", "como",
                    "más", "fue", "pero", "sus", "ha", "este", "esta", "entre", "sobre", "también"),
            "it", Set.of("il", "di", "che", "è", "per", "non", "della", "sono", "gli", "nel", "alla", "anche",
                    "più", "dei", "delle", "ha", "nella", "dal", "questo", "stato", "essere"),
            "nl", Set.of("het", "een", "en", "van", "dat", "niet", "op", "voor", "met", "zijn", "te", "ook",
                    "wordt", "naar", "bij", "maar", "heeft", "werd", "door", "dit", "deze"),
            "sv", Set.of("och", "att", "det", "som", "är", "på", "för", "med", "inte", "av", "till", "har",
                    "ett", "om", "var", "sig", "men", "vid", "från", "också", "kommer"),
            "pt", Set.of("os", "do", "da", "dos", "das", "em", "não", "uma", "para", "com", "no", "na", "foi",
                    "mais", "pelo", "pela", "ao", "seu", "sua", "também", "são"));
    private static final List<String> CODES = List.copyOf(new TreeSet<>(STOPWORDS.keySet()));
    /** For each stopword, the languages it belongs to, as bits indexed like {@link #CODES}. */
    private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWords();

    private Languages() {
    }

    /** The ISO 639-1 code of a declared language tag ("en-gb", "de_AT", "FR"), or null. */
    static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < primary.length() && primary.charAt(end) != '-' && primary.charAt(end) != '_') {
            end++;
        }
        primary = primary.substring(0, end);
        if (primary.length() != 2 || !Character.isLetter(primary.charAt(0)) || !Character.isLetter(primary.charAt(1))) {
            return null;
        }
        return primary;
    }

    /** The language the text is most likely written in, or null when no language stands out. */
    static String guess(String text) {
        int[] hits = new int[CODES.size()];
        int words = 0;
        int start = -1;
        for (int i = 0; i <= text.length() && words < WORDS_READ; i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (i - start <= MAX_STOPWORD_LENGTH) {
                    Integer languages = LANGUAGES_OF_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    for (int bits = languages == null ? 0 : languages; bits != 0; bits &= bits - 1) {
                        hits[Integer.numberOfTrailingZeros(bits)]++;
                    }
                }
                start = -1;
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            best = hits[i] > hits[best] ? i : best;
        }
        int second = 0;
        for (int i = 0; i < hits.length; i++) {
            second = i != best ? Math.max(second, hits[i]) : second;
        }
        boolean clear = hits[best] >= MIN_HITS && hits[best] >= second * 3 / 2;
        return clear ? CODES.get(best) : null;
    }

    private static Map<String, Integer> languagesOfWords() {
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < CODES.size(); i++) {
            int bit = 1 << i;
            STOPWORDS.get(CODES.get(i)).forEach(word -> languages.merge(word, bit, (a, b) -> a | b));
        }
        return Map.copyOf(languages);
    }
}

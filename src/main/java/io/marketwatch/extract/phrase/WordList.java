package io.marketwatch.extract.phrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A curated list of words or phrases from {@code src/main/resources/extract/NAME.txt}: one entry a
 * line, {@code #} starts a comment, matched in lower case with single spaces between words.
 */
public final class WordList {

    private final Set<String> entries;
    private final int longest;

    private WordList(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        int max = 1;
        for (String e : entries) {
            max = Math.max(max, e.split(" ").length);
        }
        this.longest = max;
    }

    /** Loads {@code /extract/NAME.txt} from the class path. */
    public static WordList load(String name) {
        String resource = "/extract/" + name + ".txt";
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list " + resource);
        }
        Set<String> entries = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(normalize(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new WordList(entries);
    }

    public static WordList of(String... entries) {
        Set<String> set = new HashSet<>();
        for (String e : entries) {
            set.add(normalize(e));
        }
        return new WordList(set);
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    public boolean contains(String lowerText) {
        return entries.contains(lowerText);
    }

    public boolean contains(Token token) {
        return entries.contains(token.lower());
    }

    /** Number of tokens of the longest entry starting at {@code from}, or 0 when none matches. */
    public int matchAt(java.util.List<Token> tokens, int from) {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int k = 0; k < longest && from + k < tokens.size(); k++) {
            Token t = tokens.get(from + k);
            if (t.isPunct() && !t.text().equals("&") && !t.text().equals("-")) {
                break;
            }
            if (k > 0) {
                key.append(' ');
            }
            key.append(t.lower());
            if (entries.contains(key.toString())) {
                best = k + 1;
            }
            if (t.possessive()) {
                break;
            }
        }
        return best;
    }
}

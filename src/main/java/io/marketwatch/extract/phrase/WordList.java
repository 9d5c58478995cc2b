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
    /** Every entry and every leading part of a longer entry ("per", "per cent", "per cent of"). */
    private final Set<String> prefixes;
    private final int longest;

    private WordList(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        Set<String> parts = new HashSet<>();
        int max = 1;
        for (String e : entries) {
            String[] words = e.split(" ");
            max = Math.max(max, words.length);
            StringBuilder prefix = new StringBuilder();
            for (String w : words) {
                if (prefix.length() > 0) {
                    prefix.append(' ');
                }
                prefix.append(w);
                parts.add(prefix.toString());
            }
        }
        this.prefixes = Set.copyOf(parts);
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

    /** The words the entries start with. */
    public Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (String p : prefixes) {
            if (p.indexOf(' ') < 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** Number of tokens of the longest entry starting at {@code from}, or 0 when none matches. */
    public int matchAt(java.util.List<Token> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return 0;
        }
        String first = tokens.get(from).lower();
        if (!prefixes.contains(first)) {
            return 0;
        }
        int best = entries.contains(first) ? 1 : 0;
        if (longest == 1 || tokens.get(from).possessive()) {
            return best;
        }
        StringBuilder key = new StringBuilder(first);
        for (int k = 1; k < longest && from + k < tokens.size(); k++) {
            Token t = tokens.get(from + k);
            if (t.isPunct() && !t.text().equals("&") && !t.text().equals("-") && !t.text().equals("%")) {
                break;
            }
            key.append(' ').append(t.lower());
            String candidate = key.toString();
            if (!prefixes.contains(candidate)) {
                break;
            }
            if (entries.contains(candidate)) {
                best = k + 1;
            }
            if (t.possessive()) {
                break;
            }
        }
        return best;
    }
}

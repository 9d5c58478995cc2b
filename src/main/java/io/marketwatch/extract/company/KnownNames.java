package io.marketwatch.extract.company;

import static io.marketwatch.extract.company.NameKind.COMPANY;
import static io.marketwatch.extract.company.NameKind.INSTITUTION;
import static io.marketwatch.extract.company.NameKind.PERSON;
import static io.marketwatch.extract.company.NameKind.PRODUCT;

import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.kb.KnowledgeBase;
import io.marketwatch.kb.Known;
import io.marketwatch.kb.KnownEntity;
import io.marketwatch.kb.NameWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the knowledge base adds to the cues: points for the names it knows (a well-known company
 * named bare, a person, a product, a body that is not a company), the known companies the chunker
 * leaves out ("xAI"), one group for the forms of one entry ("TSMC" and "Taiwan Semiconductor
 * Manufacturing Co."), and the entry a company links to when every form agrees on it.
 */
final class KnownNames {

    /** A well-known company named bare: enough to be a company unless the text says otherwise. */
    private static final int KNOWN_COMPANY = 4;
    /** A company whose name is also an everyday word: only mid-sentence or written as a name, and weaker. */
    private static final int COMMON_WORD_COMPANY = 2;
    /** A known person, product or non-company: stronger than the usual cue for a company. */
    private static final int KNOWN_OTHER_KIND = 6;
    /** Signs inside a name that the base's words leave out ("Johnson &amp; Johnson", "T-Mobile", "Corp."). */
    private static final Set<String> INNER_SIGNS = Set.of("-", "&", ".");

    /** Words that make what follows a thing someone has. */
    static final Set<String> OWNERS = Set.of("his", "her", "my", "our", "your");

    private final KnowledgeBase base;

    KnownNames(KnowledgeBase base) {
        this.base = base;
    }

    /** Adds the base's points to a form, once every occurrence of it is collected. */
    void weigh(NameForm f) {
        List<String> words = new ArrayList<>(f.words.size());
        for (String w : f.words) {
            if (!INNER_SIGNS.contains(w)) {
                words.add(w);
            }
        }
        Known known = base.lookup(words);
        f.known = known;
        if (known.isEmpty()) {
            if (extendsProduct(words)) {
                // "iPad Air", "Gemini Nano": a known product's name with a model's part after it
                f.add(PRODUCT, KNOWN_OTHER_KIND);
            }
            return;
        }
        if (known.isPerson()) {
            f.add(PERSON, KNOWN_OTHER_KIND);
        } else if (known.isProduct()) {
            f.add(PRODUCT, KNOWN_OTHER_KIND);
        } else if (known.isNotCompany()) {
            f.add(INSTITUTION, KNOWN_OTHER_KIND);
        } else if (known.isCompany() && !f.owned) {
            if (known.commonWord()) {
                f.add(COMPANY, f.midSentence || f.namedAtStart ? COMMON_WORD_COMPANY : 0);
            } else {
                // a single word seen only at the start of sentences may be an ordinary word capitalised
                f.add(COMPANY, f.midSentence || f.size() > 1 ? KNOWN_COMPANY : KNOWN_COMPANY / 2);
            }
        }
    }

    /**
     * Whether a name opens with a known product's and goes on with a model's part, not with a
     * company noun or a legal suffix ("iPad Air", not "Xbox Game Studio").
     */
    private boolean extendsProduct(List<String> words) {
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (Lexicon.COMPANY_NOUNS.contains(last) || Lexicon.LEGAL_SUFFIXES.contains(last)) {
            return false;
        }
        for (int n = words.size() - 1; n > 0; n--) {
            Known prefix = base.lookup(words.subList(0, n));
            if (!prefix.isEmpty()) {
                return prefix.isProduct();
            }
        }
        return false;
    }

    /**
     * Known names the capitalised phrases miss or cut: a company starting in lower case ("xAI") or
     * taken for an ordinary word opening the sentence, and a name the parser cut in pieces ("SK
     * hynix", "C.C. Wei"), which replaces the pieces. A name that is also an everyday word is left
     * out at the start of a sentence ("Shell companies …"); a name inside a longer one stays
     * inside it ("Apple Hospitality REIT").
     */
    List<Chunk> unchunked(ParsedSentence s) {
        List<Token> tokens = s.tokens();
        List<String> words = new ArrayList<>(tokens.size());
        List<Integer> tokenOf = new ArrayList<>(tokens.size());
        boolean possessives = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!INNER_SIGNS.contains(t.text())) {
                words.add(t.lower());
                tokenOf.add(k);
                possessives |= t.possessive();
            }
        }
        List<Chunk> out = new ArrayList<>(0);
        for (KnowledgeBase.Mention m : base.find(words)) {
            int from = tokenOf.get(m.from());
            int known = tokenOf.get(m.to() - 1) + 1;
            if (hasPossessive(tokens, from, known - 1)) {
                // "Microsoft's Copilot" is the owner and its product, not the base's "Microsoft Copilot"
                continue;
            }
            int to = legalEndOfCutChunk(s, known);
            Token last = tokens.get(to - 1);
            add(s, from, to, s.text().substring(tokens.get(from).start(), last.start()) + last.text(),
                    last.possessive(), false, m.known(), out);
        }
        if (possessives) {
            // "McDonald's", "Dr Reddy's Laboratories": the ending belongs to the name
            List<String> withEndings = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                withEndings.add(tokens.get(tokenOf.get(i)).lowerWithEnding());
            }
            for (KnowledgeBase.Mention m : base.find(withEndings)) {
                int from = tokenOf.get(m.from());
                int known = tokenOf.get(m.to() - 1) + 1;
                if (hasPossessive(tokens, from, known)) {
                    int to = legalEndOfCutChunk(s, known);
                    String text = s.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
                    Chunk legal = legalNameAt(s, to);
                    if (legal != null) {
                        text = s.text().substring(tokens.get(from).start(), tokens.get(to).start()) + legal.text();
                        to = legal.to();
                    }
                    add(s, from, to, text, false, true, m.known(), out);
                }
            }
        }
        return out;
    }

    /**
     * The end of a known name that ends at {@code to}, with the legal form written after it: when a
     * chunk crosses {@code to} and holds only legal suffixes after it, the chunk's end ("Nippon
     * Telegraph and Telephone Corp", chunked as "Nippon Telegraph" and "Telephone Corp", is the base's
     * "Nippon Telegraph and Telephone" and its "Corp"; "Ben &amp; Jerry's Homemade Inc", chunked as
     * "Ben &amp; Jerry" and "Homemade Inc"); {@code to} otherwise, and when the name is a possessive
     * inside that chunk ("McDonald's Holdings Co" is a company of its own).
     */
    private static int legalEndOfCutChunk(ParsedSentence s, int to) {
        if (s.token(to - 1).possessive()) {
            return to;
        }
        for (Chunk c : s.chunks()) {
            if (c.from() < to && to < c.to()) {
                for (int k = to; k < c.to(); k++) {
                    if (!Lexicon.LEGAL_SUFFIXES.contains(s.token(k))) {
                        return to;
                    }
                }
                return c.to();
            }
        }
        return to;
    }

    /**
     * Adds the known name at {@code from..to} when the chunks cut it or leave it out, or when it is
     * known with its possessive ending ({@code ending}: "McDonald's", chunked as "McDonald").
     */
    private static void add(ParsedSentence s, int from, int to, String text, boolean possessive, boolean ending,
                            Known known, List<Chunk> out) {
        int inside = inside(s.chunks(), from, to);
        boolean joins = inside > 0 && (inside > 1 || ending || !isChunk(s.chunks(), from, to));
        boolean adds = inside == 0 && known.isCompany() && hasCapital(s.token(from));
        if (!joins && !adds || known.commonWord() && from == firstWord(s)
                || out.stream().anyMatch(c -> c.from() <= from && to <= c.to())) {
            return;
        }
        out.removeIf(c -> from <= c.from() && c.to() <= to);
        out.add(new Chunk(from, to, text, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''), null, possessive,
                null));
    }

    private static boolean hasPossessive(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).possessive()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name with a legal form that starts at {@code at}, right after a name known with its
     * possessive ending ("Holdings Co (Japan)" of "McDonald's Holdings Co (Japan)"), or null.
     */
    private static Chunk legalNameAt(ParsedSentence s, int at) {
        for (Chunk c : s.chunks()) {
            if (c.from() == at) {
                return c.size() > 1 && Lexicon.LEGAL_SUFFIXES.contains(s.token(c.to() - 1)) ? c : null;
            }
        }
        return null;
    }

    /**
     * The company that makes a product, from the longest run of its opening words the base knows
     * ("iPhone 16 Pro": the iPhone, Apple's), or from all of them only when {@code wholeName};
     * empty when that run is no product or its maker is unknown.
     */
    Optional<KnownEntity> makerOf(String product, boolean wholeName) {
        List<String> words = NameWords.of(product);
        for (int n = words.size(); n >= (wholeName ? words.size() : 1); n--) {
            Known known = base.lookup(words.subList(0, n));
            if (!known.isEmpty()) {
                return known.owner();
            }
        }
        return Optional.empty();
    }

    /**
     * The maker of a known product named whole or with only a model's variant after it ("A350-1000",
     * "A350 XWB", "Galaxy S8"), not of a thing named after it ("iPhone app", "Pixel Watch").
     */
    Optional<KnownEntity> makerOfModel(String product) {
        List<String> words = NameWords.of(product);
        List<String> written = NameWords.asWritten(product);
        for (int n = words.size(); n >= 1; n--) {
            Known known = base.lookup(words.subList(0, n));
            if (!known.isEmpty()) {
                boolean variant = written.subList(n, written.size()).stream().allMatch(KnownNames::isVariant);
                return variant ? known.owner() : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A model's variant: a part with a digit, a short tag in capitals or a usual suffix ("S8", "XWB", "Pro"). */
    private static boolean isVariant(String word) {
        return word.chars().anyMatch(Character::isDigit) || MODEL_VARIANTS.contains(word)
                || word.length() <= 3 && word.chars().allMatch(Character::isUpperCase);
    }

    private static final Set<String> MODEL_VARIANTS = Set.of(
            "Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air", "neo", "Neo", "Dreamliner", "Freighter", "Edge",
            "Fold", "Flip");

    /** The sentence's capitalised phrases as names, with the known names they miss or cut ({@link #unchunked}). */
    List<Chunk> chunks(ParsedSentence s) {
        List<Chunk> unchunked = unchunked(s);
        return unchunked.isEmpty() ? s.chunks() : merge(s.chunks(), unchunked);
    }

    /** Both lists of chunks in the order of the sentence, without the pieces a known name joins. */
    private static List<Chunk> merge(List<Chunk> chunks, List<Chunk> more) {
        List<Chunk> out = new ArrayList<>(chunks.size() + more.size());
        for (Chunk c : chunks) {
            if (more.stream().noneMatch(m -> m.from() <= c.from() && c.to() <= m.to())) {
                out.add(c);
            }
        }
        out.addAll(more);
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** The index of the first word of a sentence (after an opening quote or dash). */
    static int firstWord(ParsedSentence s) {
        int k = 0;
        while (k < s.tokens().size() && s.token(k).isPunct()) {
            k++;
        }
        return k;
    }

    /** Groups whose forms name the same company of the base become one ("TSMC", "Taiwan Semiconductor"). */
    void joinSameEntity(Map<Integer, List<NameForm>> groups) {
        Map<String, Integer> groupOfEntity = new HashMap<>();
        for (Integer id : List.copyOf(groups.keySet())) {
            List<NameForm> group = groups.get(id);
            Optional<KnownEntity> entity = entity(group);
            if (entity.isEmpty()) {
                continue;
            }
            Integer target = groupOfEntity.putIfAbsent(entity.get().kbId(), id);
            if (target != null) {
                groups.get(target).addAll(group);
                groups.remove(id);
            }
        }
    }

    /**
     * The company a group links to: the one every known form of it names, the fullest form
     * included, or null when unsure ("Google Cloud" with "Google" stays unlinked: the base does
     * not know the unit).
     */
    static KnownEntity link(List<NameForm> group, NameForm fullest) {
        Optional<KnownEntity> entity = entity(group);
        Optional<KnownEntity> own = fullest.knownCompany();
        return entity.isPresent() && own.isPresent() && own.get().kbId().equals(entity.get().kbId())
                ? entity.get() : null;
    }

    private static Optional<KnownEntity> entity(List<NameForm> group) {
        KnownEntity found = null;
        for (NameForm f : group) {
            if (f.known == null || f.known.isEmpty()) {
                continue;
            }
            Optional<KnownEntity> company = f.known.company();
            if (company.isEmpty() || found != null && !found.kbId().equals(company.get().kbId())) {
                return Optional.empty();
            }
            found = company.get();
        }
        return Optional.ofNullable(found);
    }

    /**
     * How many chunks lie inside tokens {@code from..to}; -1 when one overlaps them without lying
     * inside (the known name is part of a longer name).
     */
    private static int inside(List<Chunk> chunks, int from, int to) {
        int count = 0;
        for (Chunk c : chunks) {
            if (c.from() < to && from < c.to()) {
                if (c.from() < from || c.to() > to) {
                    return -1;
                }
                count++;
            }
        }
        return count;
    }

    private static boolean isChunk(List<Chunk> chunks, int from, int to) {
        return chunks.stream().anyMatch(c -> c.from() == from && c.to() == to);
    }

    private static boolean hasCapital(Token t) {
        return t.isNamelike() || t.isAcronym();
    }
}

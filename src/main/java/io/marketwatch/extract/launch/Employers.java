package io.marketwatch.extract.launch;

import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company an article ties each of its people to through a job title: "OpenAI chief executive
 * Sam Altman", "Sam Altman, OpenAI's chief executive", "Sam Altman, the chief executive of OpenAI",
 * "its chief executive, Jensen Huang" (the company the sentence is about). A launch announced by a
 * person ("Altman said GPT-5 would …") is its employer's. The full name and the surname both count.
 */
final class Employers {

    private static final int TITLE_REACH = 4;

    private final Map<String, String> byName;

    private Employers(Map<String, String> byName) {
        this.byName = Map.copyOf(byName);
    }

    static Employers of(List<ParsedSentence> sentences, Companies companies) {
        Map<String, String> byName = new HashMap<>();
        for (ParsedSentence s : sentences) {
            for (Chunk c : s.chunks()) {
                if (c.size() < 2) {
                    continue;
                }
                String employer = titledBefore(s, c, companies);
                if (employer == null) {
                    employer = titledAfter(s, c, companies);
                }
                if (employer != null && !employer.equals(companies.canonical(c.text()).orElse(null))) {
                    byName.putIfAbsent(c.key(), employer);
                    byName.putIfAbsent(s.lower(c.to() - 1), employer);
                }
            }
        }
        return new Employers(byName);
    }

    /** The employer of a person written as {@code name} (full name or surname), or null. */
    String of(String name) {
        return name == null ? null : byName.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The employer of the person who speaks or acts before token {@code before} when no company
     * does ("Altman said the model would …"), or null.
     */
    String ofSpeaker(ParsedSentence s, int before, Companies companies) {
        String found = null;
        for (Chunk c : s.chunks()) {
            if (c.to() > before) {
                break;
            }
            String employer = byName.get(c.key());
            if (employer == null) {
                employer = byName.get(s.lower(c.to() - 1));
            }
            boolean company = companies.canonical(c.text()).isPresent();
            if (employer != null) {
                found = employer;
            } else if (company) {
                return null;
            }
        }
        return found;
    }

    /** "OpenAI chief executive Sam Altman", "its CEO Jensen Huang": a company or "its", then titles, then the name. */
    private static String titledBefore(ParsedSentence s, Chunk person, Companies companies) {
        int k = person.from() - 1;
        if (s.lower(k).equals(",")) {
            k--;
        }
        int titles = 0;
        while (k >= 0 && titles < TITLE_REACH && (Lexicon.ROLE_TITLES.contains(s.lower(k)) || s.lower(k).equals("of")
                && titles > 0)) {
            k--;
            titles++;
        }
        if (titles == 0 || k < 0) {
            return null;
        }
        if (s.lower(k).equals("its") || s.lower(k).equals("their")) {
            return companies.focus(s.index() + 1);
        }
        return companyEndingAt(s, k, companies);
    }

    /** "Sam Altman, OpenAI's chief executive", "Sam Altman, the chief executive of OpenAI". */
    private static String titledAfter(ParsedSentence s, Chunk person, Companies companies) {
        int k = person.to();
        if (!s.lower(k).equals(",")) {
            return null;
        }
        k++;
        if (s.lower(k).equals("the") || s.lower(k).equals("its")) {
            k++;
        }
        String possessor = companyStartingAt(s, k, companies);
        if (possessor != null) {
            CompanyMention m = companies.mentionAt(s.index(), k);
            return m.possessive() && Lexicon.ROLE_TITLES.contains(s.lower(m.toToken())) ? possessor : null;
        }
        int titles = 0;
        while (titles < TITLE_REACH && Lexicon.ROLE_TITLES.contains(s.lower(k))) {
            k++;
            titles++;
        }
        if (titles == 0 || !s.lower(k).equals("of") && !s.lower(k).equals("at")) {
            return null;
        }
        return companyStartingAt(s, k + 1, companies);
    }

    private static String companyEndingAt(ParsedSentence s, int token, Companies companies) {
        for (CompanyMention m : companies.mentionsIn(s.index())) {
            if (m.toToken() - 1 == token) {
                return m.company();
            }
        }
        return null;
    }

    private static String companyStartingAt(ParsedSentence s, int token, Companies companies) {
        CompanyMention m = companies.mentionAt(s.index(), token);
        return m == null ? null : m.company();
    }
}

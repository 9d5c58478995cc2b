package io.marketwatch.review;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.EditorCorrection;
import io.marketwatch.briefing.FactFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an edited review file against the night's facts and turns it into corrections, all or
 * nothing: an unknown id, action or field, or a bad value, is a problem naming its row, and one
 * problem is enough to apply nothing. Besides a fact's fields, {@code fix} may say that a name is
 * not a company: {@code person=Sam Altman}, {@code not-company=S}, {@code product=Widget}, each
 * optionally with the company it belongs to after a colon ({@code person=Sam Altman:OpenAI}).
 */
final class CorrectionPlan {

    /** The fix keys that say what a name is, and the knowledge-base kind each stands for. */
    private static final Map<String, String> NAME_KINDS = Map.of("person", "person", "not-company", "other",
            "product-name", "product");

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, Map<String, String>> originals = new HashMap<>();

    /** @param night the night's briefing as extraction made it, before any correction */
    CorrectionPlan(Briefing night) {
        for (BriefingInvestment i : night.investments()) {
            if (i.review() != null) {
                kinds.put(i.review().id(), FactFields.INVESTMENT);
                Map<String, String> values = new LinkedHashMap<>();
                FactFields.of(FactFields.INVESTMENT).forEach(f -> values.put(f, FactFields.value(i, f)));
                originals.put(i.review().id(), values);
            }
        }
        for (BriefingLaunch l : night.launches()) {
            if (l.review() != null) {
                kinds.put(l.review().id(), FactFields.LAUNCH);
                Map<String, String> values = new LinkedHashMap<>();
                FactFields.of(FactFields.LAUNCH).forEach(f -> values.put(f, FactFields.value(l, f)));
                originals.put(l.review().id(), values);
            }
        }
    }

    /** The corrections and knowledge-base entries of the file; throws with every problem when there is one. */
    Planned plan(String file, List<EditedRow> rows, String by, Instant at, LocalDate asOf) {
        List<String> problems = new ArrayList<>();
        List<StoredCorrection> corrections = new ArrayList<>();
        List<EditorEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EditedRow row : rows) {
            String where = "row " + row.row() + " (" + (row.id().isEmpty() ? "no id" : row.id()) + "): ";
            if (row.action().isEmpty() && row.fix().isEmpty()) {
                continue;
            }
            String kind = kinds.get(row.id());
            if (kind == null) {
                problems.add(where + "unknown id, not a fact of the night of " + asOf);
                continue;
            }
            if (!seen.add(row.id())) {
                problems.add(where + "the fact is corrected twice in this file");
                continue;
            }
            Optional<EditorCorrection.Action> action = action(row.action());
            if (action.isEmpty()) {
                problems.add(where + "action \u201c" + row.action() + "\u201d is not keep, drop or fix");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> rowProblems = new ArrayList<>();
            for (String pair : row.fix().split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    rowProblems.add(where + "\u201c" + pair.strip() + "\u201d is not field=value");
                    continue;
                }
                String field = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (NAME_KINDS.containsKey(field)) {
                    entry(field, value).ifPresentOrElse(entries::add,
                            () -> rowProblems.add(where + field + " needs a name"));
                } else if (action.get() != EditorCorrection.Action.fix) {
                    rowProblems.add(where + "only the action fix changes fields, not " + row.action());
                } else {
                    FactFields.problem(kind, field, value).ifPresentOrElse(p -> rowProblems.add(where + p),
                            () -> fields.put(field, value));
                }
            }
            if (action.get() == EditorCorrection.Action.fix && fields.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(where + "fix needs field=value pairs in the fix column, e.g. investor=Genmab A/S");
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                Map<String, String> original = new LinkedHashMap<>();
                fields.keySet().forEach(f -> original.put(f, originals.get(row.id()).get(f)));
                corrections.add(new StoredCorrection(new EditorCorrection(0, row.id(), action.get(), fields, by, at),
                        kind, original, asOf));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewFileException(file, problems);
        }
        return new Planned(corrections, entries);
    }

    private static Optional<EditorCorrection.Action> action(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (EditorCorrection.Action a : EditorCorrection.Action.values()) {
            if (a.name().equals(lower)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static Optional<EditorEntry> entry(String field, String value) {
        int colon = value.lastIndexOf(':');
        String name = (colon > 0 ? value.substring(0, colon) : value).strip();
        String parent = colon > 0 ? value.substring(colon + 1).strip() : "";
        return name.isEmpty() ? Optional.empty() : Optional.of(new EditorEntry(name, NAME_KINDS.get(field), parent));
    }

    /** What a valid file asks for. */
    record Planned(List<StoredCorrection> corrections, List<EditorEntry> entries) {
    }
}

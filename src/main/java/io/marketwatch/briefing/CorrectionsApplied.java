package io.marketwatch.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the editors' corrections to the briefing's facts: a dropped fact leaves, a kept fact is
 * marked as confirmed, a fixed fact gets its new values and keeps the originals in its correction.
 * A fact is corrected by the correction made under any of its article keys (the first key wins).
 */
final class CorrectionsApplied {

    private final FactCorrections corrections;
    private final FxTable fx;

    CorrectionsApplied(FactCorrections corrections, FxTable fx) {
        this.corrections = corrections;
        this.fx = fx;
    }

    List<BriefingInvestment> investments(List<BriefingInvestment> investments) {
        List<BriefingInvestment> result = new ArrayList<>(investments.size());
        for (BriefingInvestment i : investments) {
            Optional<EditorCorrection> found = find(i.review());
            if (found.isEmpty()) {
                result.add(i);
                continue;
            }
            EditorCorrection c = found.get();
            switch (c.action()) {
                case drop -> {
                }
                case keep -> result.add(i.withReview(i.review().corrected(shown(c, Map.of()))));
                case fix -> {
                    Map<String, String> original = new LinkedHashMap<>();
                    c.fields().keySet().forEach(f -> original.put(f, FactFields.value(i, f)));
                    BriefingInvestment fixed = FactFields.fix(i, c.fields(), fx);
                    result.add(fixed.withReview(i.review().corrected(shown(c, original))));
                }
            }
        }
        return result;
    }

    List<BriefingLaunch> launches(List<BriefingLaunch> launches) {
        List<BriefingLaunch> result = new ArrayList<>(launches.size());
        for (BriefingLaunch l : launches) {
            Optional<EditorCorrection> found = find(l.review());
            if (found.isEmpty()) {
                result.add(l);
                continue;
            }
            EditorCorrection c = found.get();
            switch (c.action()) {
                case drop -> {
                }
                case keep -> result.add(l.withReview(l.review().corrected(shown(c, Map.of()))));
                case fix -> {
                    Map<String, String> original = new LinkedHashMap<>();
                    c.fields().keySet().forEach(f -> original.put(f, FactFields.value(l, f)));
                    BriefingLaunch fixed = FactFields.fix(l, c.fields());
                    result.add(fixed.withReview(l.review().corrected(shown(c, original))));
                }
            }
        }
        return result;
    }

    private Optional<EditorCorrection> find(FactReview review) {
        if (review == null) {
            return Optional.empty();
        }
        for (String key : review.sourceKeys()) {
            Optional<EditorCorrection> found = corrections.find(key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static FactCorrection shown(EditorCorrection c, Map<String, String> original) {
        return new FactCorrection(c.number(), c.action().name(), c.by(), c.at(), original,
                c.action() == EditorCorrection.Action.fix ? c.fields() : Map.of());
    }
}

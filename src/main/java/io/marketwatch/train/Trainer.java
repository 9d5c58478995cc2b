package io.marketwatch.train;

import io.marketwatch.extract.learn.Example;
import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.extract.learn.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains a model with fixed settings (the same examples always give the same file) and checks it
 * the honest way: for each set, a model trained on the other sets only, against the rules' own
 * verdict on the same candidates.
 */
final class Trainer {

    static final int EPOCHS = 20;
    static final double L2 = 0.01;
    static final long SEED = 17;

    /**
     * How many orders of the examples are trained and averaged: one order alone flips about 2% of
     * the held-out verdicts against another; the mean of five, about 0.5% against another five.
     */
    static final int ORDERS = 5;

    LogisticModel train(List<Example> examples) {
        List<LogisticModel> models = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            models.add(LogisticModel.train(examples, EPOCHS, L2, SEED + i));
        }
        return LogisticModel.average(models);
    }

    /** At most this many held-out folds: with more sets, fold k holds every tenth set from the k-th. */
    static final int FOLDS = 10;

    /**
     * Leave-one-set-out, or with more than {@link #FOLDS} sets leave-one-fold-out (whole sets per
     * fold): a model trained on the other sets judges the held-out sets' possible candidates (a gold
     * fact with no possible candidate counts as missed by all); one line per fold and a total
     * with precision / recall / F1 of the rules alone, of the model alone (probability at least the
     * admit threshold), and of the two as the extractor combines them ({@link Thresholds#accepts}).
     */
    List<String> crossCheck(List<Example> examples, Thresholds thresholds) {
        String row = "%-10s %6s %6s   %-16s %-16s %-16s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, row, "held out", "cands", "gold", "rules P/R/F1", "model P/R/F1",
                "judged P/R/F1"));
        Counts[] all = {new Counts(), new Counts(), new Counts()};
        for (Map.Entry<String, Set<String>> fold : folds(examples).entrySet()) {
            Set<String> out = fold.getValue();
            LogisticModel model = train(examples.stream().filter(e -> !out.contains(e.group())).toList());
            Counts[] counts = {new Counts(), new Counts(), new Counts()};
            List<Example> held = examples.stream().filter(e -> out.contains(e.group())).toList();
            for (Example e : held) {
                double p = e.possible() ? model.probability(e.features()) : 0;
                counts[0].add(e.baseline(), e.positive());
                counts[1].add(p >= thresholds.admit(), e.positive());
                counts[2].add(thresholds.accepts(e.baseline(), p, true), e.positive());
            }
            for (int k = 0; k < 3; k++) {
                all[k].add(counts[k]);
            }
            lines.add(String.format(Locale.ROOT, row, fold.getKey(), held.size(), counts[0].tp + counts[0].fn,
                    counts[0], counts[1], counts[2]));
        }
        lines.add(String.format(Locale.ROOT, row, "all", examples.size(), all[0].tp + all[0].fn, all[0], all[1],
                all[2]));
        return lines;
    }

    /** The held-out folds by name: each set alone, or every tenth set in name order ("fold3"). */
    private static Map<String, Set<String>> folds(List<Example> examples) {
        List<String> sets = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
        Map<String, Set<String>> folds = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            String name = sets.size() <= FOLDS ? sets.get(i) : "fold" + (i % FOLDS + 1);
            folds.computeIfAbsent(name, k -> new TreeSet<>()).add(sets.get(i));
        }
        return folds;
    }

    /** Candidate-level confusion counts. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(boolean predicted, boolean actual) {
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }

        void add(Counts other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }

        @Override
        public String toString() {
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format(Locale.ROOT, "%.2f/%.2f/%.3f", p, r, f);
        }
    }
}

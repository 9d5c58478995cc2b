package io.marketwatch.train;

import io.marketwatch.extract.learn.Example;
import io.marketwatch.extract.learn.LogisticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Trains a model with fixed settings (the same examples always give the same file) and checks it
 * the honest way: for each set, a model trained on the other sets only, against the rules' own
 * verdict on the same candidates.
 */
final class Trainer {

    static final int EPOCHS = Integer.getInteger("mw.epochs", 20);
    static final double L2 = Double.parseDouble(System.getProperty("mw.l2", "0.01"));
    static final long SEED = 17;
    static final double THRESHOLD = Double.parseDouble(System.getProperty("mw.t", "0.5"));

    LogisticModel train(List<Example> examples) {
        return LogisticModel.train(examples, EPOCHS, L2, SEED);
    }

    /** Leave-one-set-out: one line per set and a total, rules against model, precision / recall / F1. */
    List<String> crossCheck(List<Example> examples) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-10s %6s %6s   %-20s %-20s", "held out", "cands", "gold",
                "rules P/R/F1", "model P/R/F1"));
        Counts rulesAll = new Counts();
        Counts modelAll = new Counts();
        for (String group : new TreeSet<>(examples.stream().map(Example::group).toList())) {
            LogisticModel model = train(examples.stream().filter(e -> !e.group().equals(group)).toList());
            Counts rules = new Counts();
            Counts judged = new Counts();
            List<Example> held = examples.stream().filter(e -> e.group().equals(group)).toList();
            for (Example e : held) {
                rules.add(e.baseline(), e.positive());
                double p = model.probability(e.features());
                String mode = System.getProperty("mw.mode", "model");
                boolean eligible = e.features().contains("investor=true") || e.features().contains("recipient=true");
                boolean d = eligible && switch (mode) {
                    case "veto" -> e.baseline() && p >= THRESHOLD;
                    case "or" -> e.baseline() || p >= THRESHOLD;
                    default -> p >= THRESHOLD;
                };
                judged.add(d, e.positive());
            }
            rulesAll.add(rules);
            modelAll.add(judged);
            lines.add(String.format(Locale.ROOT, "%-10s %6d %6d   %-20s %-20s", group, held.size(),
                    rules.tp + rules.fn, rules, judged));
        }
        java.util.Map<String, int[]> buckets = new java.util.TreeMap<>();
        for (Example e : examples) {
            String b = e.features().stream().filter(f -> f.startsWith("rule=")).findFirst().orElse("?");
            buckets.computeIfAbsent(b, k -> new int[2])[e.positive() ? 0 : 1]++;
        }
        buckets.forEach((k, v) -> lines.add(k + " pos=" + v[0] + " neg=" + v[1]));
        lines.add(String.format(Locale.ROOT, "%-10s %6d %6d   %-20s %-20s", "all", examples.size(),
                rulesAll.tp + rulesAll.fn, rulesAll, modelAll));
        return lines;
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

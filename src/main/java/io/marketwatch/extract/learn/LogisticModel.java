package io.marketwatch.extract.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A binary logistic-regression model over named features (each present feature counts 1). Trained
 * by stochastic gradient descent with AdaGrad steps and L2 shrinkage, in a seeded order, so the same
 * examples always give the same file. The file is text: a header line, then one
 * {@code feature<TAB>weight} line per feature, sorted, the bias first.
 */
public final class LogisticModel {

    private static final String HEADER = "# marketwatch logistic model v1";
    private static final String BIAS = "(bias)";
    private static final double MIN_WEIGHT = 1e-4;

    private final Map<String, Double> weights;
    private final double bias;

    private LogisticModel(Map<String, Double> weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** The probability that a candidate with these features is positive. */
    public double probability(Collection<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    /**
     * Trains on {@code examples}.
     *
     * @param epochs passes over the examples
     * @param l2     shrinkage of every weight per step (larger: simpler model)
     * @param seed   the order of the examples in each pass
     */
    public static LogisticModel train(List<Example> examples, int epochs, double l2, long seed) {
        Map<String, double[]> state = new HashMap<>(); // weight, sum of squared gradients
        double[] b = {0, 0};
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        double rate = 0.5;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                double z = b[0];
                for (String f : e.features()) {
                    double[] w = state.get(f);
                    z += w == null ? 0 : w[0];
                }
                double gradient = 1 / (1 + Math.exp(-z)) - (e.positive() ? 1 : 0);
                step(b, gradient, 0, rate);
                for (String f : e.features()) {
                    step(state.computeIfAbsent(f, k -> new double[2]), gradient, l2, rate);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        state.forEach((f, w) -> weights.put(f, w[0]));
        return rounded(weights, b[0]);
    }

    /**
     * The model whose weights are the mean of {@code models}' (a feature one of them lacks counts 0
     * there): models trained on the same examples in different orders, averaged, keep what they agree
     * on and lose most of what one order alone made of the examples.
     */
    public static LogisticModel average(List<LogisticModel> models) {
        Map<String, Double> sum = new HashMap<>();
        double bias = 0;
        for (LogisticModel m : models) {
            m.weights.forEach((f, w) -> sum.merge(f, w, Double::sum));
            bias += m.bias;
        }
        sum.replaceAll((f, w) -> w / models.size());
        return rounded(sum, bias / models.size());
    }

    /** The model of {@code weights} and {@code bias} rounded, without the weights that round to almost nothing. */
    private static LogisticModel rounded(Map<String, Double> weights, double bias) {
        Map<String, Double> kept = new HashMap<>();
        weights.forEach((f, w) -> {
            double r = round(w);
            if (Math.abs(r) >= MIN_WEIGHT) {
                kept.put(f, r);
            }
        });
        return new LogisticModel(kept, round(bias));
    }

    private static void step(double[] w, double gradient, double l2, double rate) {
        double g = gradient + l2 * w[0];
        w[1] += g * g;
        w[0] -= rate * g / Math.sqrt(w[1] + 1e-8);
    }

    private static double round(double w) {
        return Math.round(w * 10_000) / 10_000.0;
    }

    /** Writes the model in its text format. */
    public void write(Writer out) throws IOException {
        out.write(HEADER + "\n");
        out.write(BIAS + "\t" + format(bias) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
    }

    private static String format(double w) {
        return String.format(Locale.ROOT, "%.4f", w);
    }

    /** Reads a model written by {@link #write}. */
    public static LogisticModel read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("not a Market Watch model: first line is " + header);
        }
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException("malformed model line: " + line);
            }
            String feature = line.substring(0, tab);
            double weight = Double.parseDouble(line.substring(tab + 1));
            if (feature.equals(BIAS)) {
                bias = weight;
            } else {
                weights.put(feature, weight);
            }
        }
        return new LogisticModel(weights, bias);
    }

    /** A model shipped in the jar, at a class-path resource such as {@code models/investment-amount.tsv}. */
    public static LogisticModel resource(String path) {
        try (InputStream in = LogisticModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model missing from the jar: " + path);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + path, e);
        }
    }
}

package io.marketwatch.train;

import io.marketwatch.extract.company.CompanyJudge;
import io.marketwatch.extract.investment.AmountJudge;
import io.marketwatch.extract.learn.Example;
import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.extract.learn.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Trains one of the extractor's models on annotated sets, reports its cross-check and writes it. */
public final class ModelTraining {

    private ModelTraining() {
    }

    /** The models that can be trained, by name: each turns labelled articles into examples. */
    public enum Model {
        /** Which amounts the investment rules read are investments ({@code models/investment-amount.tsv}). */
        INVESTMENT_AMOUNT(articles -> new InvestmentExamples().of(articles), AmountJudge.THRESHOLDS),
        /** Which names the company finder decides on are companies ({@code models/company.tsv}). */
        COMPANY(articles -> new CompanyExamples().of(articles), CompanyJudge.THRESHOLDS);

        private final Function<List<LabelledArticle>, List<Example>> examples;
        private final Thresholds thresholds;

        Model(Function<List<LabelledArticle>, List<Example>> examples, Thresholds thresholds) {
            this.examples = examples;
            this.thresholds = thresholds;
        }
    }

    /**
     * @param model which model
     * @param sets annotated sets ({@code DIR/articles}, {@code DIR/gold})
     * @param out  the model file to write, or null to only cross-check
     * @param log  where the cross-check goes
     */
    public static void train(Model model, List<Path> sets, Path out, PrintWriter log) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        for (Path set : sets) {
            articles.addAll(LabelledArticle.load(set));
        }
        List<Example> examples = model.examples.apply(articles);
        log.printf("%d articles, %d candidates, %d of them confirmed by the gold facts%n", articles.size(),
                examples.size(),
                examples.stream().filter(Example::positive).count());
        Trainer trainer = new Trainer();
        trainer.crossCheck(examples, model.thresholds).forEach(log::println);
        if (out != null) {
            LogisticModel trained = trainer.train(examples);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                trained.write(w);
            }
            log.printf("wrote %s (%d weighted features)%n", out, trained.size());
        }
        log.flush();
    }
}

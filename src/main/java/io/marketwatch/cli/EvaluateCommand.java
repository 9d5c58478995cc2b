package io.marketwatch.cli;

import io.marketwatch.eval.GoldArticle;
import io.marketwatch.eval.Score;
import io.marketwatch.eval.Scorer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code marketwatch evaluate}: scores a briefing.json against gold files written in the shape of
 * FACTS.md, and prints precision, recall and F1 for companies, investments and launches, the same
 * figures as shared/eval/score.py.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a briefing against hand-checked gold facts.",
                "Prints precision, recall and F1 per kind of fact, micro-averaged over articles."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of gold files, one JSON file per article (FACTS.md shape).")
    private Path gold;

    @Option(names = "--briefing", paramLabel = "FILE", required = true, description = "The briefing.json to score.")
    private Path briefing;

    @Option(names = "--verbose", description = "List every missing and extra fact.")
    private boolean verbose;

    @Option(names = "--min-f1", paramLabel = "F1",
            description = "Exit with 1 when the lowest of the three F1 scores is below this (for CI).")
    private Double minF1;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println("marketwatch evaluate: gold folder not found: " + gold);
            return ExitCodes.FAILURE;
        }
        if (!Files.isRegularFile(briefing)) {
            err.println("marketwatch evaluate: briefing not found: " + briefing);
            return ExitCodes.FAILURE;
        }
        List<GoldArticle> golds = GoldArticle.load(gold);
        if (golds.isEmpty()) {
            err.println("marketwatch evaluate: no gold files in " + gold);
            return ExitCodes.FAILURE;
        }
        JsonNode json = JsonMapper.builder().build().readTree(briefing.toFile());
        Score score = Scorer.score(golds, json);
        Scorer.report(score, verbose).forEach(out::println);
        out.flush();
        return minF1 != null && score.minF1() < minF1 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}

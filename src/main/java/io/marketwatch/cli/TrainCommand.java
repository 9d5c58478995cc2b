package io.marketwatch.cli;

import io.marketwatch.train.ModelTraining;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marketwatch train}: trains one of the extractor's models on annotated sets, prints how it
 * does on each set when trained on the others, and writes the model file that ships in the jar
 * (docs/extraction.md).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the extractor's model on annotated articles (FACTS.md gold files).",
                "Prints a leave-one-set-out check against the rules alone, then writes the model."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "INVESTMENT_AMOUNT",
            description = "Which model: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    private ModelTraining.Model model;

    @Option(names = "--set", paramLabel = "DIR", required = true,
            description = "An annotated set: DIR/articles and DIR/gold. Repeat for more sets.")
    private List<Path> sets;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the model (src/main/resources/models/NAME.tsv). "
                    + "Without it, only the check is printed.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path set : sets) {
            if (!Files.isDirectory(set.resolve("articles")) || !Files.isDirectory(set.resolve("gold"))) {
                spec.commandLine().getErr().println("marketwatch train: not an annotated set (needs articles/ and gold/): "
                        + set);
                return ExitCodes.FAILURE;
            }
        }
        ModelTraining.train(model, sets, out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

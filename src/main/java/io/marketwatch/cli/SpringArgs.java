package io.marketwatch.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * Spring Boot properties given on the command line ({@code --spring.mail.host=smtp.example.com},
 * {@code --marketwatch.threads=4}): collected by every command and handed to the Spring context.
 * picocli ignores {@code @Unmatched} in a mixin, so the root command line allows unmatched
 * arguments ({@link MarketWatchCommand#commandLine()}) and this mixin takes them from the command
 * line it belongs to, rejecting anything that is not a {@code --name=value} property.
 */
@CommandLine.Command
final class SpringArgs {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    String[] properties() {
        List<String> unmatched = spec.commandLine().getUnmatchedArguments();
        for (String arg : unmatched) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option or argument: '" + arg + "'");
            }
        }
        return unmatched.toArray(String[]::new);
    }
}

package io.marketwatch.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * Spring Boot properties given on the command line ({@code --spring.mail.host=smtp.example.com},
 * {@code --marketwatch.threads=4}): collected by every command and handed to the Spring context.
 */
final class SpringArgs {

    @CommandLine.Unmatched
    private List<String> unmatched = List.of();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    String[] properties() {
        for (String arg : unmatched) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option or argument: '" + arg + "'");
            }
        }
        return unmatched.toArray(String[]::new);
    }
}

package io.marketwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where report and mail templates come from: a user's folder when one is given and holds the
 * template, else the copy bundled in the jar (built from the project's {@code templates/} folder).
 */
public final class ReportTemplates {

    /** Classpath folder of the bundled templates. */
    public static final String CLASSPATH_FOLDER = "templates/";

    private final Path overrideDir;

    /** @param overrideDir a folder of user templates, or null for the bundled ones only */
    public ReportTemplates(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public static ReportTemplates bundled() {
        return new ReportTemplates(null);
    }

    /** The user's template folder, or null. */
    public Path overrideDir() {
        return overrideDir;
    }

    /** Opens a template by its name relative to the template folder ("briefing.xlsx", "mail/digest.html"). */
    public InputStream open(String name) {
        try {
            Path user = userFile(name);
            if (user != null) {
                return Files.newInputStream(user);
            }
            InputStream bundled = ReportTemplates.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name);
            if (bundled == null) {
                throw new IllegalStateException("template not found: " + name);
            }
            return bundled;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + describe(name), e);
        }
    }

    /** Where a template is read from, for messages: a file path or "bundled:NAME". */
    public String describe(String name) {
        Path user = userFile(name);
        return user != null ? user.toString() : "bundled:" + name;
    }

    private Path userFile(String name) {
        if (overrideDir == null) {
            return null;
        }
        Path file = overrideDir.resolve(name).normalize();
        return file.startsWith(overrideDir.normalize()) && Files.isRegularFile(file) ? file : null;
    }
}

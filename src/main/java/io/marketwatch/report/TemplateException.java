package io.marketwatch.report;

/** A report or mail template that cannot be read or processed, with where the problem is. */
public final class TemplateException extends RuntimeException {

    private final String template;
    private final Integer line;

    /**
     * @param template where the template was read from ({@link ReportTemplates#describe})
     * @param line     the line of the problem, or null when unknown
     * @param problem  what is wrong
     */
    public TemplateException(String template, Integer line, String problem, Throwable cause) {
        super("template " + template + (line != null ? " line " + line : "") + ": " + problem, cause);
        this.template = template;
        this.line = line;
    }

    /** Where the template was read from: a file path or "bundled:NAME". */
    public String template() {
        return template;
    }

    /** The line of the problem, or null when unknown. */
    public Integer line() {
        return line;
    }
}

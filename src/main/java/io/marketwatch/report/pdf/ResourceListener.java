package io.marketwatch.report.pdf;

/** Told of every resource the PDF renderer asks for while it lays out a briefing. */
@FunctionalInterface
interface ResourceListener {

    ResourceListener NONE = (uri, allowed) -> {
    };

    /**
     * @param uri     the resource as resolved ("template:briefing.css", "http://…")
     * @param allowed true when it was read from the templates, false when refused
     */
    void requested(String uri, boolean allowed);
}

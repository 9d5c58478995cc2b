package io.marketwatch.report;

import io.marketwatch.briefing.Briefing;
import java.io.IOException;
import java.nio.file.Path;

/** Renders the briefing to one output file. */
public interface BriefingRenderer {

    /** The file name this renderer writes in a run's output folder ("briefing.pdf"). */
    String fileName();

    void render(Briefing briefing, Path file) throws IOException;
}

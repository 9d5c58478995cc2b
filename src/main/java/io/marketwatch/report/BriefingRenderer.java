package io.marketwatch.report;

import io.marketwatch.briefing.Briefing;
import java.io.IOException;
import java.nio.file.Path;

/** Renders the briefing to one output file. */
public interface BriefingRenderer {

    /** The file name this renderer writes in a run's output folder ("briefing.pdf"). */
    String fileName();

    void render(Briefing briefing, Path file) throws IOException;

    /** A renderer from a file name and a rendering function. */
    static BriefingRenderer of(String fileName, Rendering rendering) {
        return new BriefingRenderer() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void render(Briefing briefing, Path file) throws IOException {
                rendering.render(briefing, file);
            }
        };
    }

    /** Renders a briefing into a file. */
    @FunctionalInterface
    interface Rendering {
        void render(Briefing briefing, Path file) throws IOException;
    }
}

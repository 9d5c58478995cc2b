package io.marketwatch.report.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, escaping text as POI does but a run of plain characters
 * at a time, into a writer without a lock: POI writes text one character at a time through a
 * synchronized writer, and that took most of the workbook's time at 100,000 articles (C1-compiled,
 * nothing is inlined away).
 */
final class EscapingSheetWriter extends SheetDataWriter {

    EscapingSheetWriter() throws IOException {
        super();
    }

    /** The temporary file's writer, without a lock per call ({@link UnlockedBufferedWriter}): one thread writes a sheet. */
    @Override
    public Writer createWriter(File file) throws IOException {
        return new UnlockedBufferedWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
    }

    /**
     * The same characters as POI's own: markup characters, line breaks, tabs and no-break spaces as
     * entities; other control characters and U+FFFE, U+FFFF as '?'; everything else (surrogates
     * too, paired or not) as it is.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null) {
            return;
        }
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i));
            if (escaped != null) {
                _out.write(text, plainFrom, i - plainFrom);
                _out.write(escaped);
                plainFrom = i + 1;
            }
        }
        _out.write(text, plainFrom, text.length() - plainFrom);
    }

    /** What POI writes for the character when not the character itself, else null. */
    private static String escaped(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00a0' -> "&#xa0;";
            default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
        };
    }
}

package io.marketwatch.report.excel;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer for one thread: {@link java.io.BufferedWriter} takes a lock and checks that it is
 * open on every call, and a streamed sheet makes several calls per cell. The characters reach the
 * underlying writer in the same order, a buffer at a time.
 */
final class UnlockedBufferedWriter extends Writer {

    private static final int BUFFER_CHARS = 8_192;

    private final Writer out;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int used;

    UnlockedBufferedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}

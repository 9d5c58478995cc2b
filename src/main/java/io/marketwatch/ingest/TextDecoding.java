package io.marketwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns input bytes into text. A byte order mark wins; then the charset the file declares; then
 * UTF-8 when the bytes are valid UTF-8; else windows-1252 (which decodes any byte).
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoding() {
    }

    /** Decoded text and the charset it was decoded with. */
    record Decoded(String text, Charset charset, boolean fromByteOrderMark) {
    }

    /** Decodes without a declared charset. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes with the charset the file declares (a name, or null); a byte order mark still wins,
     * and an unknown name is ignored.
     */
    static Decoded decode(byte[] bytes, String declaredCharset) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = byteOrderMarkLength(bytes, bom);
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, true);
        }
        Charset declared = supported(declaredCharset);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared, false);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
    }

    /**
     * Decodes again when the declared charset differs from the one used first; bytes that are all
     * ASCII read the same in every ASCII-based charset, so they are not decoded twice.
     */
    static Decoded redecodeIfDeclared(byte[] bytes, Decoded first, String declaredCharset) {
        if (first.fromByteOrderMark()) {
            return first;
        }
        Charset declared = supported(declaredCharset);
        if (declared == null || declared.equals(first.charset()) || isAscii(bytes)) {
            return first;
        }
        return decode(bytes, declaredCharset);
    }

    /** The charset a byte order mark announces, or null. */
    static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** True when the bytes hold nothing but whitespace (after a byte order mark). */
    static boolean isBlank(byte[] bytes) {
        Charset bom = byteOrderMark(bytes);
        boolean wide = bom != null && !bom.equals(StandardCharsets.UTF_8);
        for (int i = bom == null ? 0 : byteOrderMarkLength(bytes, bom); i < bytes.length; i++) {
            int b = bytes[i];
            boolean space = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
            if (!space && !(wide && b == 0)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The charset for a declared name, or null when the name is unknown. As browsers do, a
     * declared ISO-8859-1 or US-ASCII is read as its superset windows-1252; a declared UTF-16 or
     * UTF-32 without a byte order mark is ignored (the declaration itself was readable as ASCII).
     */
    static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String label = name.strip().toLowerCase(Locale.ROOT);
        if (label.startsWith("utf-16") || label.startsWith("utf-32") || label.startsWith("ucs")) {
            return null;
        }
        try {
            Charset charset = Charset.forName(label);
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                return WINDOWS_1252;
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int byteOrderMarkLength(byte[] bytes, Charset bom) {
        if (bom.equals(UTF_32BE) || bom.equals(UTF_32LE)) {
            return 4;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package io.marketwatch.ingest;

import java.util.List;

/** Recognizes binary content by its magic number, so that a PDF renamed to .txt is not read as text. */
final class FileSignature {

    private static final int NUL_SCAN_BYTES = 8192;

    private record Magic(byte[] prefix, String description) {

        boolean matches(byte[] bytes) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGIC = List.of(
            magic("a PDF document", '%', 'P', 'D', 'F', '-'),
            magic("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            magic("a JPEG image", 0xFF, 0xD8, 0xFF),
            magic("a GIF image", 'G', 'I', 'F', '8'),
            magic("a ZIP archive (such as a Word or Excel file)", 'P', 'K', 0x03, 0x04),
            magic("gzip-compressed data", 0x1F, 0x8B),
            magic("an old Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));

    private FileSignature() {
    }

    /** Why the bytes are not text ("looks like a PNG image"), or null when they may be text. */
    static String binaryReason(byte[] bytes) {
        for (Magic magic : MAGIC) {
            if (magic.matches(bytes)) {
                return "looks like " + magic.description();
            }
        }
        if (TextDecoding.byteOrderMark(bytes) != null) {
            return null;
        }
        int end = Math.min(bytes.length, NUL_SCAN_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return "contains NUL bytes (binary data)";
            }
        }
        return null;
    }

    private static Magic magic(String description, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return new Magic(bytes, description);
    }
}

package io.marketwatch.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the shipped base: a gzip TSV written by kb/build.py, one entity a line after a header. */
final class ShippedEntities {

    private static final String HEADER = "kbId\tkind\tname\taliases\tflags\tticker\texchange\tmic\tisin\tfigi\tcik"
            + "\tlei\twikidata\tcountry\tsector\tindustry\twebsite\tparent";
    private static final int COLUMNS = 18;

    private ShippedEntities() {
    }

    static List<KnownEntity> read(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("not in the jar");
        }
        List<KnownEntity> out = new ArrayList<>(4096);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException("unexpected header: " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                out.add(entity(line.split("\t", -1)));
            }
        }
        return out;
    }

    private static KnownEntity entity(String[] f) throws IOException {
        if (f.length != COLUMNS) {
            throw new IOException("expected " + COLUMNS + " columns: " + String.join("|", f));
        }
        List<String> aliases = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|"));
        boolean common = Arrays.asList(f[4].split(",")).contains("common");
        return new KnownEntity(f[0], EntityKind.parse(f[1]), f[2], aliases, common, v(f[5]), v(f[6]), v(f[7]),
                v(f[8]), v(f[9]), v(f[10]), v(f[11]), v(f[12]), v(f[13]), v(f[14]), v(f[15]), v(f[16]), v(f[17]));
    }

    private static String v(String field) {
        return field.isEmpty() ? null : field;
    }
}

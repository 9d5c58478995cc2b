package io.marketwatch.briefing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Loads the FX table shipped in the jar ({@code fx/usd-rates.csv}). */
public final class FxTables {

    private static final String BUNDLED = "fx/usd-rates.csv";

    private FxTables() {
    }

    public static FxTable bundled() {
        InputStream in = FxTables.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BUNDLED);
        }
        return read(in);
    }

    /** Reads "date,YYYY-MM-DD" and "CODE,usdPerUnit" lines; '#' starts a comment line. */
    static FxTable read(InputStream in) {
        LocalDate date = null;
        Map<String, Double> rates = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 2);
                if (cells[0].equals("date")) {
                    date = LocalDate.parse(cells[1].strip());
                } else {
                    rates.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (date == null) {
            throw new IllegalStateException("FX table has no date line");
        }
        return new FxTable(date, rates);
    }
}

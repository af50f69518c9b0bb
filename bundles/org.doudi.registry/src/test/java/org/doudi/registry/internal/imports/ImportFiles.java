package org.doudi.registry.internal.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.DoudiClock;
import org.doudi.api.person.ResidentIdNumber;

/** Import files for tests: rows by column name, a valid ID number per person, a fixed clock. */
final class ImportFiles {
    static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    static final DoudiClock CLOCK = new DoudiClock() {
        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public Instant now() {
            return Instant.parse("2024-10-15T02:00:00Z");
        }
    };

    private final List<String> columns;
    private final List<String> lines = new ArrayList<>();

    ImportFiles(String... columns) {
        this.columns = List.of(columns);
        lines.add(String.join(",", columns));
    }

    /** Adds a row: column, value pairs; unnamed columns stay empty. Returns the row's line number. */
    int row(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!columns.contains(pairs[i])) {
                throw new IllegalArgumentException("no column " + pairs[i]);
            }
            values.put(pairs[i], pairs[i + 1]);
        }
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
            String v = values.getOrDefault(c, "");
            cells.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        lines.add(String.join(",", cells));
        return lines.size();
    }

    Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** A valid Changning ID number for {@code birth} with sequence {@code n} (odd: a man). */
    static String id(String birth, int n) {
        String first17 = "310105" + birth.replace("-", "") + String.format("%03d", n);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}

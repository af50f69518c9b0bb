package org.doudi.program.dibao.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.program.ProgramParameters;
import org.junit.Test;

/** The shipped configuration file, the metatype defaults and the parameter definitions say the same. */
public class DibaoParametersTest {

    private static Properties shippedCfg() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.doudi.program.dibao.cfg"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    public void shippedCfgEqualsTheDefaults() throws Exception {
        Properties cfg = shippedCfg();
        Set<String> names = DibaoParameters.DEFINITIONS.stream().map(DibaoParameters.Definition::name)
                .collect(Collectors.toSet());
        assertEquals(names, cfg.stringPropertyNames());
        for (DibaoParameters.Definition d : DibaoParameters.DEFINITIONS) {
            assertEquals(d.name(), d.defaultText(), cfg.getProperty(d.name()));
            assertEquals(d.name(), d.defaultText(), DibaoConfig.class.getMethod(d.name()).getDefaultValue());
        }
        assertEquals(names.size(), DibaoConfig.class.getDeclaredMethods().length);
    }

    @Test
    public void defaultsAreUsableAndOnlyTheStandardGoesStale() {
        ProgramParameters p = DibaoParameters.read(Map.of());
        assertEquals(p.problems().toString(), 0, p.problems().size());
        assertEquals(12, p.series().size());
        assertEquals(1, p.staleStandards(LocalDate.of(2022, 7, 2)).size());
        assertTrue(p.staleStandards(LocalDate.of(2022, 7, 1)).isEmpty());
        assertTrue(p.find(DibaoParameters.STANDARD).orElseThrow().standard());
    }
}

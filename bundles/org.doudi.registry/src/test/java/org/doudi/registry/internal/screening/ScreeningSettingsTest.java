package org.doudi.registry.internal.screening;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.api.FieldViolation;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.ScreeningRequest;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.registry.internal.bulk.RegistryFixture;
import org.junit.Test;

public class ScreeningSettingsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);

    private final StreetDirectory streets = RegistryFixture.streets();

    private static ProgramDirectory directory(AssistanceProgram... programs) {
        return new ProgramDirectory() {
            @Override
            public List<AssistanceProgram> installed() {
                return List.of(programs);
            }

            @Override
            public Optional<AssistanceProgram> find(String programId) {
                return installed().stream().filter(p -> p.info().id().equals(programId)).findFirst();
            }

            @Override
            public ProgramDecision evaluate(String programId, String householdId, LocalDate asOf) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }
        };
    }

    private static FieldViolation refused(ScreeningRequest request, ProgramDirectory programs, StreetDirectory streets) {
        try {
            ScreeningSettings.check(request, TODAY, programs, streets);
            fail("accepted " + request);
            return null;
        } catch (ValidationException e) {
            assertEquals(422, e.status());
            return e.violations().get(0);
        }
    }

    @Test
    public void defaultsToDibaoToday() {
        ScreeningSettings s = ScreeningSettings.check(new ScreeningRequest(null, null, " ", null), TODAY,
                directory(new FakeDibao()), streets);
        assertEquals(new ScreeningSettings("dibao", TODAY, null, null), s);
        assertEquals(Map.of("programId", "dibao", "asOf", "2024-10-15"), s.parameters());
        assertEquals(s, ScreeningSettings.of(s.parameters(), null));
    }

    @Test
    public void keepsStreetDayAndReason() {
        ScreeningSettings s = ScreeningSettings.check(new ScreeningRequest("dibao", "2024-07-01", "xinjing",
                "standard raised to 1,510 from 2024-07-01"), TODAY, directory(new FakeDibao()), streets);
        assertEquals(new ScreeningSettings("dibao", LocalDate.of(2024, 7, 1), "xinjing",
                "standard raised to 1,510 from 2024-07-01"), s);
        assertEquals(s, ScreeningSettings.of(s.parameters(), "xinjing"));
    }

    @Test
    public void refusesWhatCannotBeScreened() {
        ProgramDirectory dibao = directory(new FakeDibao());
        assertEquals("programId/installed", rule(refused(new ScreeningRequest("dibao-edge", null, null, null), dibao,
                streets)));
        assertEquals("programId/installed", rule(refused(new ScreeningRequest(null, null, null, null), directory(),
                streets)));
        assertEquals("programId/configured", rule(refused(new ScreeningRequest("dibao", null, null, null),
                directory(new FakeDibao(h -> false, "2024-07-01 1510")), streets)));
        assertEquals("asOf/date", rule(refused(new ScreeningRequest("dibao", "15.10.2024", null, null), dibao,
                streets)));
        assertEquals("asOf/standardInForce", rule(refused(new ScreeningRequest("dibao", "2023-06-30", null, null), dibao,
                streets)));
        assertEquals("street/known", rule(refused(new ScreeningRequest("dibao", null, "luwan", null), dibao, streets)));
        assertEquals("reason/maxLength", rule(refused(new ScreeningRequest("dibao", null, null, "x".repeat(501)), dibao,
                streets)));
    }

    private static String rule(FieldViolation v) {
        return v.field() + "/" + v.rule();
    }
}

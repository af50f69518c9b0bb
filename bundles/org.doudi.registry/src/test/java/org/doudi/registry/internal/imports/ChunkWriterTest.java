package org.doudi.registry.internal.imports;

import static org.doudi.registry.internal.imports.ImportFiles.CLOCK;
import static org.doudi.registry.internal.imports.ImportFiles.TODAY;
import static org.doudi.registry.internal.imports.ImportFiles.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.registry.internal.HouseholdValidator;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.bulk.RegistryFixture;
import org.junit.Test;

/** What another writer registers while an import runs is skipped or rejected, never written twice. */
public class ChunkWriterTest {
    private static final String[] HEADER = {"householdRef", "street", "hukouAddress", "residenceAddress", "idNumber",
            "name", "relation", "hukouLocal"};

    private final DataSource ds = TestDatabase.create();
    private final RowParser parser = new RowParser(HEADER, TODAY);
    private final HouseholdAssembler assembler = new HouseholdAssembler(
            new HouseholdValidator(RegistryFixture.streets()), new SequentialIds(CLOCK.now()), null, TODAY);

    private ImportedHousehold household(String ref, String idNumber, long line) throws Exception {
        String[] record = {ref, "xinjing", "addr " + ref, "addr " + ref, idNumber, "成员", "HEAD", "true"};
        List<RowError> errors = new ArrayList<>();
        ImportedHousehold h = assembler.assemble(ref, List.of(parser.parse(line, parser.cells(record), 8)), errors);
        assertEquals(List.of(), errors);
        return h;
    }

    @Test
    public void householdsRegisteredMeanwhileAreMovedOutOfTheChunk() throws Exception {
        String taken = id("1970-01-01", 11);
        ImportChunk chunk = new ImportChunk();
        chunk.households.add(household("A", taken, 2));
        chunk.households.add(household("B", id("1971-01-01", 13), 3));
        chunk.households.add(household("C", id("1972-01-01", 15), 4));
        TestDatabase.execute(ds, "INSERT INTO person_id_claim (id_number, person_id, household_id) VALUES ('" + taken
                + "', 'p-rest', 'h-rest')");
        TestDatabase.execute(ds, "INSERT INTO household_import_ref (source_ref, household_id, job_id)"
                + " VALUES ('B', 'h-other', 'job-other')");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (ChunkWriter writer = new ChunkWriter(c, "job-1", "importer", TODAY, CLOCK, false)) {
                writer.write(chunk);
            }
            c.commit();
        }
        assertEquals(List.of("C"), chunk.households.stream().map(ImportedHousehold::ref).toList());
        assertEquals(1, chunk.skipped);
        assertEquals(1, chunk.rejected);
        assertEquals(2L, chunk.errors.get(0).line());
        assertTrue(chunk.errors.get(0).reason(), chunk.errors.get(0).reason().startsWith("idNumber (inUse): "));
        assertEquals(1, count("SELECT COUNT(*) FROM household"));
        assertEquals(2, count("SELECT COUNT(*) FROM person_id_claim"));
        assertEquals(1, count("SELECT COUNT(*) FROM household_import_ref WHERE job_id = 'job-1'"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.doudi.api.persistence;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class SchemaMigrationsTest {

    @Test
    public void versionComesFromTheFileName() {
        assertEquals(1, SchemaMigrations.versionOf("/db/registry/V1__init.sql"));
        assertEquals(12, SchemaMigrations.versionOf("V12__add_tags.sql"));
        assertEquals(-1, SchemaMigrations.versionOf("init.sql"));
        assertEquals(-1, SchemaMigrations.versionOf("Vx__init.sql"));
    }

    @Test
    public void scriptsSplitIntoStatementsWithoutComments() {
        String script = "-- a comment\nCREATE TABLE a (\n  id INT,\n  body ${clob}\n);\n\nCREATE INDEX a_ix ON a (id);\n";
        List<String> derby = SchemaMigrations.statements(script, SchemaMigrations.placeholders("apache derby"));
        assertEquals(2, derby.size());
        assertEquals("CREATE TABLE a (\n  id INT,\n  body CLOB\n)", derby.get(0));
        assertEquals("CREATE INDEX a_ix ON a (id)", derby.get(1));
        List<String> postgres = SchemaMigrations.statements(script, SchemaMigrations.placeholders("postgresql"));
        assertEquals("CREATE TABLE a (\n  id INT,\n  body TEXT\n)", postgres.get(0));
    }
}

package org.doudi.api.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CsvCellsTest {

    @Test
    public void formulaPrefixesAreDetected() {
        for (String f : new String[] {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"}) {
            assertTrue(f, CsvCells.isFormula(f));
        }
        for (String ok : new String[] {"张伟", "-1500.00", "+86", "1330.00", "", "a=b", "310105198001011235"}) {
            assertFalse(ok, CsvCells.isFormula(ok));
        }
        assertFalse(CsvCells.isFormula(null));
    }

    @Test
    public void exportNeutralisesAndQuotes() {
        assertEquals("'=1+1", CsvCells.export("=1+1"));
        assertEquals("\"'=A1,B1\"", CsvCells.export("=A1,B1"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.export("say \"hi\""));
        assertEquals("-1500.00", CsvCells.export("-1500.00"));
        assertEquals("", CsvCells.export(null));
    }
}

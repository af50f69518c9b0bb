package org.doudi.registry.internal.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of whole households read from the file and ready to commit together: the households to write, the rows
 * rejected, how many households were skipped as imported before, and the file position after the last of them
 * (the checkpoint once committed).
 */
final class ImportChunk {
    /** The chunk's number in the file, from 0: chunks commit in any order, the checkpoint follows their order. */
    long seq;
    final List<ImportedHousehold> households = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    long rejected;
    long skipped;
    long endLine;
    long endOffset;
    /** True for the chunk that ends the file. */
    boolean last;
    /** Why reading stopped, on the chunk that carries the failure instead of data. */
    Exception failure;

    long persons() {
        long n = 0;
        for (ImportedHousehold h : households) {
            n += h.household().members().size();
        }
        return n;
    }

    long enrolments() {
        return households.stream().filter(h -> h.enrolment() != null).count();
    }

    /** The errors in line order. */
    List<RowError> sortedErrors() {
        errors.sort(Comparator.comparingLong(RowError::line));
        return errors;
    }

    static ImportChunk failed(Exception e) {
        ImportChunk c = new ImportChunk();
        c.failure = e;
        c.last = true;
        return c;
    }
}

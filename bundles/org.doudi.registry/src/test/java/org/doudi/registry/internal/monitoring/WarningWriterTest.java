package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.SuggestedAction;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningSource;
import org.junit.Test;

/** Writing warnings in bulk: a fact another writer raised first is skipped, never a failed job. */
public class WarningWriterTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 15, 2, 0);
    private final MonitoringFixture f = new MonitoringFixture();

    @Test
    public void aBatchHittingAFactRaisedMeanwhileSkipsItAndWritesTheRest() throws Exception {
        try (Connection first = f.ds.getConnection(); Connection second = f.ds.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (WarningWriter w = new WarningWriter(first, NOW)) {
                w.add(draft("hash-1", "2024-10-01"));
                assertEquals(List.of(), w.flush());
                first.commit();
            }
            try (WarningWriter w = new WarningWriter(second, NOW)) {
                w.add(draft("hash-2", "2024-10-02"));
                w.add(draft("hash-1", "2024-10-01"));
                w.add(draft("hash-3", "2024-10-03"));
                List<WarningDraft> skipped = w.flush();
                second.commit();
                assertEquals(List.of("hash-1"), skipped.stream().map(WarningDraft::factHash).toList());
                w.add(draft("hash-4", "2024-10-04"));
                assertEquals(List.of(), w.flush());
                second.commit();
            }
        }
        assertEquals(4, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE fact_hash = 'hash-1'"));
        assertEquals("2024-10-01", f.query("SELECT CAST(fact_date AS CHAR(10)) FROM warning"
                + " WHERE fact_hash = 'hash-1'"));
    }

    private static WarningDraft draft(String hash, String day) {
        return new WarningDraft(UUID.randomUUID().toString(), hash, FeedType.VEHICLE, WarningSeverity.HIGH,
                SuggestedAction.RECHECK_ASSETS, "person-1", "310105196001011007", "household-1", "huayanglu",
                LocalDate.parse(day), "沪A12345", null, "vehicle 沪A12345 registered on " + day, "dibao", false,
                WarningSource.DOUDI, null, "2024-10");
    }
}

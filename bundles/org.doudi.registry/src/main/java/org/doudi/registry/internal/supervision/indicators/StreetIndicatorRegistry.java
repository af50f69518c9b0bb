package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.supervision.StreetIndicator;
import org.doudi.api.supervision.StreetIndicatorReport;
import org.doudi.api.supervision.StreetIndicatorRow;
import org.doudi.api.supervision.StreetIndicatorService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The street performance indicators of a month (SPEC §9), computed from the records as they stand: cases, warnings,
 * needs assessments and visits, the month's latest fund reconciliation and the month's file check. An indicator
 * without its records (a month not reconciled or without a file check) is null with a note.
 */
@Component(service = StreetIndicatorService.class, configurationPid = StreetIndicatorRegistry.PID)
@Designate(ocd = StreetIndicatorConfig.class)
public class StreetIndicatorRegistry implements StreetIndicatorService {
    private static final Logger LOG = LoggerFactory.getLogger(StreetIndicatorRegistry.class);
    static final String PID = "org.doudi.supervision.indicators";
    static final String DISTRICT = "district";
    static final StreetIndicator VISITS = StreetIndicator.of(0, 0, null);
    static final StreetIndicator NO_RECONCILIATION = StreetIndicator.notRecorded("no fund reconciliation of this month");
    static final StreetIndicator NO_FILE_CHECK = StreetIndicator.notRecorded("no file check drawn for this month");
    static final String DISTRICT_NAME = "district total";

    @Reference
    private org.doudi.api.needs.VisitService visits;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private StreetDirectory streets;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private volatile int warningCloseDays = 30;

    @Activate
    @Modified
    void configure(StreetIndicatorConfig config) {
        if (config.warningCloseDays() < 1 || config.warningCloseDays() > 366) {
            LOG.error("Configuration {} not applied: warningCloseDays must be 1 to 366, was {}; {} stays in force",
                    PID, config.warningCloseDays(), warningCloseDays);
            return;
        }
        warningCloseDays = config.warningCloseDays();
    }

    @Override
    public StreetIndicatorReport report(YearMonth month, String street) {
        int days = warningCloseDays;
        return Tx.run(jpa, em -> {
            StreetTally deadlines = DeadlineCompliance.tally(em, month, street);
            StreetTally warnings = WarningsClosedOnTime.tally(em, month, street, days);
            Optional<StreetTally> reconciliation = ReconciliationErrors.tally(em, month);
            Optional<StreetTally> fileChecks = FileCheckCorrections.tally(em, month);
            StreetTally visited = VisitCoverage.tally(em, month, visits);
            Map<String, String> listed = new LinkedHashMap<>();
            for (Street s : streets.streets()) {
                if (street == null || street.equals(s.id())) {
                    listed.put(s.id(), s.label());
                }
            }
            deadlines.streets().forEach(s -> listed.putIfAbsent(s, s)); // a street no longer configured
            warnings.streets().forEach(s -> listed.putIfAbsent(s, s));
            List<StreetIndicatorRow> rows = new ArrayList<>();
            StreetIndicatorRow total = null;
            for (Map.Entry<String, String> s : listed.entrySet()) {
                String id = s.getKey();
                StreetIndicatorRow row = new StreetIndicatorRow(id, s.getValue(), deadlines.indicator(id),
                        warnings.indicator(id), visited.indicator(id),
                        reconciliation.map(t -> t.indicator(id)).orElse(NO_RECONCILIATION),
                        fileChecks.map(t -> t.indicator(id)).orElse(NO_FILE_CHECK));
                rows.add(row);
                total = total == null ? new StreetIndicatorRow(DISTRICT, DISTRICT_NAME, row.deadlineCompliance(),
                        row.warningsClosedOnTime(), row.visitCoverage(), row.reconciliationErrors(),
                        row.fileCheckFindingsCorrected()) : plus(total, row);
            }
            if (total == null) {
                total = new StreetIndicatorRow(DISTRICT, DISTRICT_NAME, StreetIndicator.of(0, 0, null),
                        StreetIndicator.of(0, 0, null), VISITS, NO_RECONCILIATION, NO_FILE_CHECK);
            }
            if (street == null) { // the district's own figure also counts payments to people not registered
                StreetIndicatorRow t = total;
                total = ReconciliationErrors.district(em, month).map(r -> new StreetIndicatorRow(t.street(),
                        t.streetName(), t.deadlineCompliance(), t.warningsClosedOnTime(), t.visitCoverage(), r,
                        t.fileCheckFindingsCorrected())).orElse(total);
            }
            return new StreetIndicatorReport(month.toString(), days, rows, total);
        });
    }

    private static StreetIndicatorRow plus(StreetIndicatorRow a, StreetIndicatorRow b) {
        return new StreetIndicatorRow(a.street(), a.streetName(), a.deadlineCompliance().plus(b.deadlineCompliance()),
                a.warningsClosedOnTime().plus(b.warningsClosedOnTime()), a.visitCoverage().plus(b.visitCoverage()),
                a.reconciliationErrors().plus(b.reconciliationErrors()),
                a.fileCheckFindingsCorrected().plus(b.fileCheckFindingsCorrected()));
    }
}

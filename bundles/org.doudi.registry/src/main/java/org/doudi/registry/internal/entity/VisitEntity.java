package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** A visit to a household (走访), with the services delivered on it. */
@Entity
@Table(name = "visit")
public class VisitEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private String householdId;
    @Column(name = "street", nullable = false, updatable = false)
    private String street;
    @Column(name = "advisor", nullable = false, updatable = false)
    private String advisor;
    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;
    @Column(name = "findings", nullable = false, updatable = false)
    private String findings;
    @Column(name = "follow_up", updatable = false)
    private String followUp;
    @ElementCollection
    @CollectionTable(name = "visit_service", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "seq")
    @Column(name = "service", nullable = false)
    private List<String> services = new ArrayList<>();
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public void setId(String id) { this.id = id; }
    public void setHousehold(String householdId, String street) {
        this.householdId = householdId;
        this.street = street;
    }
    public void setVisit(String advisor, LocalDate on, String findings, List<String> services, String followUp) {
        this.advisor = advisor;
        this.visitedOn = on;
        this.findings = findings;
        this.services = new ArrayList<>(services);
        this.followUp = followUp;
    }
    public void setRecorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String getId() { return id; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public String getAdvisor() { return advisor; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getFindings() { return findings; }
    public String getFollowUp() { return followUp; }
    public List<String> getServices() { return services; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}

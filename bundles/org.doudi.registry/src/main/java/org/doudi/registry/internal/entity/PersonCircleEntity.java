package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A member's circle as last computed (derived data). */
@Entity
@Table(name = "person_circle")
public class PersonCircleEntity {
    @Id
    @Column(name = "person_id", length = 36)
    private String personId;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "circle")
    private Integer circle;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;
    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    public PersonCircleEntity() {
    }

    public PersonCircleEntity(String personId, String householdId, String street, Integer circle, String reason,
            LocalDate asOf, LocalDateTime computedAt) {
        this.personId = personId;
        this.householdId = householdId;
        this.street = street;
        this.circle = circle;
        this.reason = reason;
        this.asOf = asOf;
        this.computedAt = computedAt;
    }

    /** Places the person anew. */
    public void place(String newHouseholdId, String newStreet, Integer newCircle, String newReason, LocalDate newAsOf,
            LocalDateTime at) {
        householdId = newHouseholdId;
        street = newStreet;
        circle = newCircle;
        reason = newReason;
        asOf = newAsOf;
        computedAt = at;
    }

    public String getPersonId() { return personId; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public Integer getCircle() { return circle; }
    public String getReason() { return reason; }
    public LocalDate getAsOf() { return asOf; }
    public LocalDateTime getComputedAt() { return computedAt; }
}

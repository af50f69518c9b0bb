package org.doudi.registry.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Marks an ID number as an active member of one household; the primary key makes a second claim fail. */
@Entity
@Table(name = "person_id_claim")
public class IdClaimEntity {
    @Id
    @Column(name = "id_number", length = 18)
    private String idNumber;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "household_id", nullable = false)
    private String householdId;

    public IdClaimEntity() {
    }

    public IdClaimEntity(String idNumber, String personId, String householdId) {
        this.idNumber = idNumber;
        this.personId = personId;
        this.householdId = householdId;
    }

    public String getIdNumber() { return idNumber; }
    public String getPersonId() { return personId; }
    public String getHouseholdId() { return householdId; }
}

package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;

/** An assistance resource (救助资源) with the places and yuan its referrals hold. */
@Entity
@Table(name = "assistance_resource")
public class AssistanceResourceEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "name", nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ResourceKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private ResourceCategory category;
    @Column(name = "provider", nullable = false)
    private String provider;
    @Column(name = "program_id", updatable = false)
    private String programId;
    @Column(name = "street")
    private String street;
    @Column(name = "capacity")
    private Integer capacity;
    @Column(name = "budget")
    private BigDecimal budget;
    @Column(name = "committed", nullable = false)
    private int committed;
    @Column(name = "committed_amount", nullable = false)
    private BigDecimal committedAmount;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "description")
    private String description;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public void setIdentity(String id, String programId, String by, LocalDateTime at) {
        this.id = id;
        this.programId = programId;
        this.createdBy = by;
        this.createdAt = at;
        this.committedAmount = BigDecimal.ZERO.setScale(2);
        setUpdated(by, at);
    }
    public void setDescription(String name, ResourceKind kind, ResourceCategory category, String provider,
            String street, String description) {
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.provider = provider;
        this.street = street;
        this.description = description;
    }
    public void setLimits(Integer capacity, BigDecimal budget, LocalDate validFrom, LocalDate validTo,
            boolean active) {
        this.capacity = capacity;
        this.budget = budget;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.active = active;
    }
    /** A referral takes ({@code places} 1) or gives back ({@code places} -1) a place and its amount. */
    public void commit(int places, BigDecimal amount) {
        this.committed += places;
        if (amount != null) {
            this.committedAmount = places > 0 ? committedAmount.add(amount) : committedAmount.subtract(amount);
        }
    }
    public void setUpdated(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public ResourceKind getKind() { return kind; }
    public ResourceCategory getCategory() { return category; }
    public String getProvider() { return provider; }
    public String getProgramId() { return programId; }
    public String getStreet() { return street; }
    public Integer getCapacity() { return capacity; }
    public BigDecimal getBudget() { return budget; }
    public int getCommitted() { return committed; }
    public BigDecimal getCommittedAmount() { return committedAmount; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isActive() { return active; }
    public String getDescription() { return description; }
    public long getVersion() { return version; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
}

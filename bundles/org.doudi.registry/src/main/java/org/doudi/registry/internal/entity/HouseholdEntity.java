package org.doudi.registry.internal.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.registry.StreetBasis;

/** A household row with its members and economic facts. */
@Entity
@Table(name = "household")
public class HouseholdEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "street", nullable = false)
    private String street;
    @Enumerated(EnumType.STRING)
    @Column(name = "street_basis", nullable = false)
    private StreetBasis streetBasis;
    @Column(name = "committee")
    private String committee;
    @Column(name = "hukou_address", nullable = false)
    private String hukouAddress;
    @Column(name = "residence_address", nullable = false)
    private String residenceAddress;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "household", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("seq")
    private List<MemberEntity> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "household_income", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "seq")
    private List<IncomeRow> incomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "household_asset", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "seq")
    private List<AssetRow> assets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "household_expenditure", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "seq")
    private List<ExpenditureRow> expenditures = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public StreetBasis getStreetBasis() { return streetBasis; }
    public void setStreetBasis(StreetBasis streetBasis) { this.streetBasis = streetBasis; }
    public String getCommittee() { return committee; }
    public void setCommittee(String committee) { this.committee = committee; }
    public String getHukouAddress() { return hukouAddress; }
    public void setHukouAddress(String hukouAddress) { this.hukouAddress = hukouAddress; }
    public String getResidenceAddress() { return residenceAddress; }
    public void setResidenceAddress(String residenceAddress) { this.residenceAddress = residenceAddress; }
    public long getVersion() { return version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public List<MemberEntity> getMembers() { return members; }
    public List<IncomeRow> getIncomes() { return incomes; }
    public void setIncomes(List<IncomeRow> incomes) { this.incomes = incomes; }
    public List<AssetRow> getAssets() { return assets; }
    public void setAssets(List<AssetRow> assets) { this.assets = assets; }
    public List<ExpenditureRow> getExpenditures() { return expenditures; }
    public void setExpenditures(List<ExpenditureRow> expenditures) { this.expenditures = expenditures; }
}

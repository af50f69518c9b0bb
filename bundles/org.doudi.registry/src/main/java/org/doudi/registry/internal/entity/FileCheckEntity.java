package org.doudi.registry.internal.entity;

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

/** A monthly file check (档案材料集中核查) with each street's population and sample size. */
@Entity
@Table(name = "file_check")
public class FileCheckEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "check_month", nullable = false)
    private String month;
    @Column(name = "seed", nullable = false)
    private long seed;
    @Column(name = "size_per_street", nullable = false)
    private int sizePerStreet;
    /** The check items, one per line. */
    @Column(name = "items", nullable = false)
    private String items;
    @Column(name = "drawn_by", nullable = false)
    private String drawnBy;
    @Column(name = "drawn_at", nullable = false)
    private LocalDateTime drawnAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "file_check_street", joinColumns = @JoinColumn(name = "file_check_id"))
    @OrderColumn(name = "seq")
    private List<FileCheckStreetRow> streets = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public long getSeed() { return seed; }
    public void setSeed(long seed) { this.seed = seed; }
    public int getSizePerStreet() { return sizePerStreet; }
    public void setSizePerStreet(int sizePerStreet) { this.sizePerStreet = sizePerStreet; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public String getDrawnBy() { return drawnBy; }
    public void setDrawnBy(String drawnBy) { this.drawnBy = drawnBy; }
    public LocalDateTime getDrawnAt() { return drawnAt; }
    public void setDrawnAt(LocalDateTime drawnAt) { this.drawnAt = drawnAt; }
    public long getVersion() { return version; }
    public List<FileCheckStreetRow> getStreets() { return streets; }
}

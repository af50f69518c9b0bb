package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.registry.AssetType;

/** An asset of a household member. */
@Embeddable
public class AssetRow {
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false)
    private AssetType type;
    @Column(name = "asset_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;
    @Column(name = "floor_area", precision = 10, scale = 2)
    private BigDecimal floorArea;
    @Column(name = "source", nullable = false)
    private String source;
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    public AssetRow() {
    }

    public AssetRow(String personId, AssetType type, BigDecimal value, BigDecimal floorArea, String source,
            LocalDate asOf) {
        this.personId = personId;
        this.type = type;
        this.value = value;
        this.floorArea = floorArea;
        this.source = source;
        this.asOf = asOf;
    }

    public String getPersonId() { return personId; }
    public AssetType getType() { return type; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getFloorArea() { return floorArea; }
    public String getSource() { return source; }
    public LocalDate getAsOf() { return asOf; }
}

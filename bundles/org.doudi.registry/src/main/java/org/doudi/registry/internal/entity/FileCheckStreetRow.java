package org.doudi.registry.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One street's population and sample in a file check. */
@Embeddable
public class FileCheckStreetRow {
    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "population", nullable = false)
    private int population;
    @Column(name = "sampled", nullable = false)
    private int sampled;

    public FileCheckStreetRow() {
    }

    public FileCheckStreetRow(String street, int population, int sampled) {
        this.street = street;
        this.population = population;
        this.sampled = sampled;
    }

    public String getStreet() { return street; }
    public int getPopulation() { return population; }
    public int getSampled() { return sampled; }
}

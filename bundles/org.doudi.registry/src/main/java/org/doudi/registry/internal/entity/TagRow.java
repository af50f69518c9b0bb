package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** An identity tag of a member. */
@Embeddable
public class TagRow {
    @Column(name = "tag", nullable = false)
    private String tag;
    @Column(name = "source")
    private String source;
    @Column(name = "since")
    private LocalDate since;

    public TagRow() {
    }

    public TagRow(String tag, String source, LocalDate since) {
        this.tag = tag;
        this.source = source;
        this.since = since;
    }

    public String getTag() { return tag; }
    public String getSource() { return source; }
    public LocalDate getSince() { return since; }
}

package org.doudi.api.resources;

/**
 * A referral's life: REFERRED → ACCEPTED → DELIVERED, or REFERRED → DELIVERED directly (a resource that delivers
 * without a separate acceptance), or DECLINED / WITHDRAWN from REFERRED or ACCEPTED. DELIVERED, DECLINED and
 * WITHDRAWN are final. An outcome's day is neither before the referral nor before the previous outcome. A referral
 * holds a place (and its amount) of the resource until it is declined or withdrawn.
 */
public enum ReferralStatus {
    REFERRED, ACCEPTED, DELIVERED, DECLINED, WITHDRAWN;

    /** True while the referral holds a place of its resource. */
    public boolean holdsPlace() {
        return this == REFERRED || this == ACCEPTED || this == DELIVERED;
    }

    /** True when no further change is allowed. */
    public boolean closed() {
        return this == DELIVERED || this == DECLINED || this == WITHDRAWN;
    }
}

package org.doudi.api.program;

/**
 * A document or proof an application to a program needs (申请材料).
 *
 * @param code      stable code, e.g. {@code INCOME_PROOF}
 * @param nameZh    Chinese name, e.g. 收入证明
 * @param nameEn    English name
 * @param perMember true when one is needed for each member concerned, false for one per household
 */
public record EvidenceRequirement(String code, String nameZh, String nameEn, boolean perMember) {
}

package org.doudi.api.supervision;

/**
 * Which mismatches of a reconciliation to list, in mismatch-number order.
 *
 * @param street   only this street's (null: all; mismatches of people not in the registry have no street)
 * @param kind     only this kind, or null
 * @param resolved only settled ({@code true}) or open ({@code false}) ones, or null for both
 * @param page     zero-based page
 * @param size     page size
 */
public record MismatchQuery(String street, MismatchKind kind, Boolean resolved, int page, int size) {
}

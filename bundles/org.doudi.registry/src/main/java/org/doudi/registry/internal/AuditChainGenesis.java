package org.doudi.registry.internal;

/** The hash the chain starts from (the value V1 seeds into audit_chain). */
final class AuditChainGenesis {
    static final String HASH = "0".repeat(64);

    private AuditChainGenesis() {
    }
}

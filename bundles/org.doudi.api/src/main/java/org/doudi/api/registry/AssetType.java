package org.doudi.api.registry;

/** Kinds of asset. CASH, DEPOSIT and SECURITIES are monetary assets (货币财产). */
public enum AssetType {
    CASH, DEPOSIT, SECURITIES, VEHICLE, REAL_ESTATE, OTHER
}

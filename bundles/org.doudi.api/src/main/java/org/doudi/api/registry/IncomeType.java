package org.doudi.api.registry;

/** Kinds of income item (工资, 养老金, 经营, 财产性收入, 转移性收入, 其他). */
public enum IncomeType {
    WAGE, PENSION, BUSINESS, PROPERTY, TRANSFER, OTHER
}

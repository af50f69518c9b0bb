package org.doudi.api.registry;

/** Rigid expenditure categories (刚性支出): basic living, medical out-of-pocket, education, disability rehabilitation. */
public enum ExpenditureType {
    BASIC_LIVING, MEDICAL, EDUCATION, DISABILITY_REHABILITATION, OTHER
}

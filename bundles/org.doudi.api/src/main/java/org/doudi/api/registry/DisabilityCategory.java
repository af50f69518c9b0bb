package org.doudi.api.registry;

/** Disability category (残疾类别) as on the disability certificate. */
public enum DisabilityCategory {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}

package org.doudi.api.registry;

/** Self-care ability: 全自理 (FULL), 半失能 (PARTIAL), 全失能 (NONE). */
public enum SelfCare {
    FULL, PARTIAL, NONE
}

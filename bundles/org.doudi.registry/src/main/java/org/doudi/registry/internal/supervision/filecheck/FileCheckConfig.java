package org.doudi.registry.internal.supervision.filecheck;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Monthly file checks (PID {@code org.doudi.supervision}); the defaults are local practice, to be confirmed. */
@ObjectClassDefinition(name = "Doudi supervision", description = "Monthly file checks (档案材料集中核查)")
public @interface FileCheckConfig {
    /** Cases drawn per street when a draw does not say. */
    int DEFAULT_SIZE = 5;

    @AttributeDefinition(description = "Cases drawn per street in a monthly file check when the request does not "
            + "say (1-100). Default 5: local practice, not confirmed by the district")
    int fileCheckSizePerStreet() default DEFAULT_SIZE;

    @AttributeDefinition(description = "What the checker goes through in each sampled file (each at most 100 "
            + "characters)")
    String[] fileCheckItems() default {"application form (申请书)", "credit commitment (诚信承诺书)",
        "verification authorisation (核对授权书)", "household survey record (入户调查表)",
        "income and asset proofs (收入财产证明)", "public notice (公示)", "decision notice (决定书)",
        "payee account (发放账户)"};

    @AttributeDefinition(description = "Days from a finding to its correction's due day when the finding does not "
            + "say (1-365)")
    int fileCheckCorrectionDays() default 30;
}

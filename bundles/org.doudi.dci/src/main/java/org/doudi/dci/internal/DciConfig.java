package org.doudi.dci.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.doudi.dci}: where the registry may send callbacks. */
@ObjectClassDefinition(id = DciConfig.PID, name = "Doudi DCI registry API",
        description = "Callback origins allowed per account for the asynchronous DCI endpoints")
public @interface DciConfig {
    String PID = "org.doudi.dci";

    @AttributeDefinition(name = "Callback origins", description = "Per account, the origins (scheme://host[:port]) "
            + "its sender_uri and notify_uri may use, e.g. 'hr-bureau:https://hr.example.gov.cn|https://hr2.example:8443, "
            + "bank-a:https://api.bank-a.cn'. Empty: no asynchronous request is accepted.")
    String callbackOrigins() default "";

    @AttributeDefinition(name = "Allow private callbacks", description = "Accept callback hosts that are loopback, "
            + "link-local, private, unique-local or multicast addresses or names like localhost (tests only)")
    boolean allowPrivateCallbacks() default false;

    @AttributeDefinition(name = "Require HTTPS", description = "Accept https callback URIs only")
    boolean requireHttps() default true;
}

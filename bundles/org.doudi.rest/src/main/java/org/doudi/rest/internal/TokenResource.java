package org.doudi.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.TokenRefusedException;
import org.doudi.api.security.TokenService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/dci/oauth2/client/token}: the DCI authorization API (AUTHZ-TOKN, authz_core_api v1.0.0), the
 * OAuth 2.0 client-credentials grant (RFC 6749 §4.4). The form carries {@code grant_type=client_credentials},
 * {@code client_id} and {@code client_secret} (a user name and password of the realm); HTTP Basic client
 * authentication (RFC 6749 §2.3.1) is accepted instead of the last two. The answer is the spec's
 * {@code OAuth2ClientTokenResponse} ({@code expires_in} a string, as the spec types it); an error carries both the
 * RFC 6749 §5.2 fields and the spec's {@code errors} list. No authentication: the credentials are the request.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("dci/oauth2/client/token")
public class TokenResource implements RestResource {
    private static final String GRANT_TYPE = "client_credentials";

    @Reference
    private TokenService tokens;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        for (String name : List.of("grant_type", "client_id", "client_secret", "scope")) {
            if (form.containsKey(name) && form.get(name).size() > 1) {
                return error(400, "invalid_request", name + " is given more than once");
            }
        }
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required: client_credentials");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            return error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        String[] basic = AuthenticationFilter.basic(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        String clientId = basic != null ? basic[0] : form.getFirst("client_id");
        String clientSecret = basic != null ? basic[1] : form.getFirst("client_secret");
        if (basic != null && (form.containsKey("client_id") || form.containsKey("client_secret"))) {
            return error(400, "invalid_request", "authenticate the client either with HTTP Basic or in the form, "
                    + "not both");
        }
        if (clientId == null || clientId.isEmpty() || clientSecret == null || clientSecret.isEmpty()) {
            return error(400, "invalid_request", "client_id and client_secret are required");
        }
        IssuedToken issued;
        try {
            issued = tokens.issue(clientId, clientSecret);
        } catch (TokenRefusedException refused) {
            Response.ResponseBuilder r = Response.fromResponse(error(refused.status(), refused.type(),
                    refused.getMessage()));
            if (refused.retryAfterSeconds() > 0) {
                r.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
            }
            if (refused.status() == 401) {
                r.header(HttpHeaders.WWW_AUTHENTICATE, AuthenticationFilter.CHALLENGE);
            }
            return r.build();
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", issued.tokenType());
        body.put("expires_in", String.valueOf(issued.expiresInSeconds()));
        body.put("scope", issued.scope());
        return noStore(Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
    }

    /** An OAuth 2.0 error (RFC 6749 §5.2) that also has the DCI HttpErrorResponse's {@code errors} list. */
    static Response error(int status, String code, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", description);
        body.put("errors", List.of(Map.of("code", code, "message", description)));
        return noStore(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body));
    }

    /** Token answers are never cached (RFC 6749 §5.1). */
    private static Response noStore(Response.ResponseBuilder r) {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setNoTransform(false);
        return r.cacheControl(cc).header("Pragma", "no-cache").build();
    }
}

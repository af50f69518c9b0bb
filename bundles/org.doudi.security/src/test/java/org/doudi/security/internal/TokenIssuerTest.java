package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.doudi.api.security.Caller;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.Roles;
import org.doudi.api.security.TokenRefusedException;
import org.junit.Before;
import org.junit.Test;

public class TokenIssuerTest {
    private static final String SECRET = "Partner-secret-2024";
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    /** The realm as it stands: user → caller (a missing or disabled user is absent). */
    private final Map<String, Caller> realm = new HashMap<>();
    private RealmAuthenticator authenticator;
    private TokenIssuer issuer;

    /** The real authenticator (cache, lockout) over the map above instead of a JAAS login. */
    private final class RealmAuthenticator extends JaasAuthenticator {
        int logins;
        /** Runs during the next login, after the password was checked (a change racing with it). */
        Runnable duringLogin;

        @Override
        Optional<Caller> login(String user, String password) {
            logins++;
            Optional<Caller> verified = SECRET.equals(password) ? Optional.ofNullable(realm.get(user))
                    : Optional.empty();
            Runnable race = duringLogin;
            duringLogin = null;
            if (race != null) {
                race.run();
            }
            return verified;
        }
    }

    @Before
    public void setUp() {
        realm.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.PARTNER), null));
        realm.put("dora", new Caller("dora", Set.of(Roles.DISTRICT_STAFF), null));
        authenticator = new RealmAuthenticator();
        authenticator.configure(config(0, 5, 300));
        issuer = new TokenIssuer(authenticator, user -> Optional.ofNullable(realm.get(user)), now::get, 3600,
                Set.of(Roles.PARTNER));
    }

    @Test
    public void anIssuedTokenStandsForItsUserUntilItExpires() {
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        assertEquals("Bearer", token.tokenType());
        assertEquals(3600, token.expiresInSeconds());
        assertEquals("partner", token.scope());
        assertEquals("32 random bytes, base64url", 32, Base64.getUrlDecoder().decode(token.accessToken()).length);
        assertEquals("hr-bureau", issuer.verify(token.accessToken()).orElseThrow().name());
        assertNotEquals(token.accessToken(), issuer.issue("hr-bureau", SECRET).accessToken());
        assertFalse("the token itself appears nowhere", token.toString().contains(token.accessToken()));

        now.addAndGet(3_599_999);
        assertTrue(issuer.verify(token.accessToken()).isPresent());
        now.addAndGet(1);
        assertEquals(Optional.empty(), issuer.verify(token.accessToken()));
    }

    @Test
    public void expiredTokensArePurged() {
        issuer.issue("hr-bureau", SECRET);
        issuer.issue("hr-bureau", SECRET);
        assertEquals(2, issuer.store().size());
        now.addAndGet(3_600_000);
        IssuedToken fresh = issuer.issue("hr-bureau", SECRET);
        assertEquals("the sweep at the next issue drops the expired ones", 1, issuer.store().size());
        assertTrue(issuer.verify(fresh.accessToken()).isPresent());
    }

    @Test
    public void forgedOrMalformedTokensAreRefused() {
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        char last = token.accessToken().charAt(42);
        String forged = token.accessToken().substring(0, 42) + (last == 'A' ? 'B' : 'A');
        for (String bad : new String[] {forged, "", "x", token.accessToken() + "=", token.accessToken().toUpperCase(),
            "hr-bureau:" + SECRET, null}) {
            assertEquals(String.valueOf(bad), Optional.empty(), issuer.verify(bad));
        }
    }

    @Test
    public void rolesAreReadAtEachRequestAndADisabledUserLosesItsTokens() {
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        realm.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.PARTNER, Roles.DISTRICT_STAFF), null));
        assertEquals("only the client roles", Set.of(Roles.PARTNER),
                issuer.verify(token.accessToken()).orElseThrow().roles());
        realm.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.AUDITOR), null));
        assertEquals("no client role left", Optional.empty(), issuer.verify(token.accessToken()));
        realm.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.PARTNER), null));
        assertTrue(issuer.verify(token.accessToken()).isPresent());
        realm.remove("hr-bureau");
        assertEquals("disabled or deleted", Optional.empty(), issuer.verify(token.accessToken()));
    }

    @Test
    public void revokingDropsEveryTokenOfTheUser() {
        IssuedToken a = issuer.issue("hr-bureau", SECRET);
        IssuedToken b = issuer.issue("hr-bureau", SECRET);
        issuer.revoke("hr-bureau");
        assertEquals(Optional.empty(), issuer.verify(a.accessToken()));
        assertEquals(Optional.empty(), issuer.verify(b.accessToken()));
    }

    @Test
    public void aWrongSecretOrUnknownClientIsAnInvalidClient() {
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("hr-bureau", "wrong-secret-123"));
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("nobody", SECRET));
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("hr-bureau", ""));
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue(null, SECRET));
        assertEquals(0, issuer.store().size());
    }

    @Test
    public void aUserWithoutAClientRoleGetsNoToken() {
        assertRefused(400, TokenRefusedException.UNAUTHORIZED_CLIENT, () -> issuer.issue("dora", SECRET));
        issuer.configure(60, Set.of(Roles.PARTNER, Roles.DISTRICT_STAFF));
        IssuedToken token = issuer.issue("dora", SECRET);
        assertEquals(60, token.expiresInSeconds());
        assertEquals("district-staff", token.scope());
    }

    @Test
    public void failedClientCredentialsLockTheNameOutAsForBasic() {
        for (int i = 0; i < 4; i++) {
            String guess = "guess-" + i;
            assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("hr-bureau", guess));
        }
        TokenRefusedException fifth = assertRefused(429, TokenRefusedException.INVALID_CLIENT,
                () -> issuer.issue("hr-bureau", "guess-5"));
        assertEquals(300, fifth.retryAfterSeconds());
        int logins = authenticator.logins;
        TokenRefusedException right = assertRefused(429, TokenRefusedException.INVALID_CLIENT,
                () -> issuer.issue("hr-bureau", SECRET));
        assertTrue(right.retryAfterSeconds() > 0);
        assertEquals("no login is even tried while locked out", logins, authenticator.logins);
        assertEquals("Basic is locked out too", Optional.empty(), authenticator.authenticate("hr-bureau", SECRET));
        realm.put("social-insurance", new Caller("social-insurance", Set.of(Roles.PARTNER), null));
        IssuedToken other = issuer.issue("social-insurance", SECRET);
        assertTrue("other clients are not affected", issuer.verify(other.accessToken()).isPresent());
    }

    @Test
    public void eachUserHoldsABoundedNumberOfTokens() {
        IssuedToken first = issuer.issue("hr-bureau", SECRET);
        for (int i = 1; i < TokenStore.MAX_PER_USER; i++) {
            issuer.issue("hr-bureau", SECRET);
        }
        assertTrue(issuer.verify(first.accessToken()).isPresent());
        IssuedToken newest = issuer.issue("hr-bureau", SECRET);
        assertEquals("the oldest is retired", Optional.empty(), issuer.verify(first.accessToken()));
        assertTrue(issuer.verify(newest.accessToken()).isPresent());
        assertEquals(TokenStore.MAX_PER_USER, issuer.store().size());
    }

    @Test
    public void clientRolesAcceptACommaSeparatedValue() {
        assertEquals(Set.of("partner", "district-staff"), BearerTokens.roles(new BearerTokens.Config() {
            @Override
            public long lifetimeSeconds() {
                return 3600;
            }

            @Override
            public String[] clientRoles() {
                return new String[] {"partner, district-staff", " partner"};
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BearerTokens.Config.class;
            }
        }));
    }

    @Test
    public void aTokenCarriesOnlyTheClientRolesOfItsUser() {
        realm.put("hr-bureau", new Caller("hr-bureau",
                Set.of(Roles.PARTNER, Roles.DISTRICT_ADMIN, Roles.AUDITOR, Roles.STREET_OPERATOR), "hongqiao"));
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        assertEquals("partner", token.scope());
        assertEquals(new Caller("hr-bureau", Set.of(Roles.PARTNER), null), issuer.verify(token.accessToken())
                .orElseThrow());
        assertFalse(issuer.verify(token.accessToken()).orElseThrow().streetScoped());

        issuer.configure(3600, Set.of(Roles.PARTNER, Roles.STREET_OPERATOR));
        assertEquals("a kept street-level role keeps its street", new Caller("hr-bureau",
                Set.of(Roles.PARTNER, Roles.STREET_OPERATOR), "hongqiao"), issuer.verify(token.accessToken())
                .orElseThrow());
        assertEquals("partner street-operator", issuer.issue("hr-bureau", SECRET).scope());
    }

    @Test
    public void adminAndAuditRolesAreNeverClientRoles() {
        realm.put("ada", new Caller("ada", Set.of(Roles.DISTRICT_ADMIN), null));
        realm.put("audrey", new Caller("audrey", Set.of(Roles.AUDITOR), null));
        realm.put("karaf", new Caller("karaf", Set.of("admin"), null));
        issuer.configure(3600, Set.of(Roles.PARTNER, Roles.DISTRICT_ADMIN, Roles.AUDITOR, "admin"));
        for (String user : new String[] {"ada", "audrey", "karaf"}) {
            assertRefused(400, TokenRefusedException.UNAUTHORIZED_CLIENT, () -> issuer.issue(user, SECRET));
        }
        assertEquals(0, issuer.store().size());
        assertTrue(issuer.verify(issuer.issue("hr-bureau", SECRET).accessToken()).isPresent());

        assertEquals(Set.of(Roles.PARTNER, Roles.DISTRICT_STAFF), BearerTokens.roles(
                tokenConfig(3600, "partner, district-admin", "auditor,admin", "district-staff")));
        assertEquals(Set.of(), BearerTokens.roles(tokenConfig(3600, "district-admin")));
    }

    @Test
    public void theLifetimeIsCappedAtOneDay() {
        issuer.configure(10_000_000, Set.of(Roles.PARTNER));
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        assertEquals(TokenIssuer.MAX_LIFETIME_SECONDS, token.expiresInSeconds());
        now.addAndGet(86_400_000 - 1);
        assertTrue(issuer.verify(token.accessToken()).isPresent());
        now.addAndGet(1);
        assertEquals(Optional.empty(), issuer.verify(token.accessToken()));
        issuer.configure(86_400, Set.of(Roles.PARTNER));
        assertEquals(86_400, issuer.issue("hr-bureau", SECRET).expiresInSeconds());
        issuer.configure(0, Set.of(Roles.PARTNER));
        assertEquals(1, issuer.issue("hr-bureau", SECRET).expiresInSeconds());
    }

    @Test
    public void aPasswordChangeDuringAnIssueLeavesNoTokenAndNoCachedCredential() {
        authenticator.configure(config(60, 5, 300));
        // as UserAdministration.changePassword: the store is written, then forget and revoke
        authenticator.duringLogin = () -> {
            authenticator.forget("hr-bureau");
            issuer.revoke("hr-bureau");
        };
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("hr-bureau", SECRET));
        assertEquals("no token stored", 0, issuer.store().size());
        int logins = authenticator.logins;
        IssuedToken token = issuer.issue("hr-bureau", SECRET);
        assertEquals("the checked password was not cached: it is checked again", logins + 1, authenticator.logins);
        assertTrue("a later issue works", issuer.verify(token.accessToken()).isPresent());
        issuer.issue("hr-bureau", SECRET);
        assertEquals("now it is cached", logins + 1, authenticator.logins);
    }

    @Test
    public void aRevocationDuringAnIssueLeavesNoToken() {
        authenticator.duringLogin = () -> issuer.revoke("hr-bureau");
        assertRefused(401, TokenRefusedException.INVALID_CLIENT, () -> issuer.issue("hr-bureau", SECRET));
        assertEquals(0, issuer.store().size());
    }

    @Test
    public void aLoginRacingWithForgetCachesNothingForBasic() {
        authenticator.configure(config(60, 5, 300));
        authenticator.duringLogin = () -> authenticator.forget("hr-bureau");
        assertTrue("the login itself succeeded", authenticator.authenticate("hr-bureau", SECRET).isPresent());
        int logins = authenticator.logins;
        authenticator.authenticate("hr-bureau", SECRET);
        assertEquals("not served from the cache", logins + 1, authenticator.logins);
    }

    @Test
    public void refusedClientIdsAreLoggedSafely() {
        assertEquals("\"a?b\"", BearerTokens.printable("a\nb"));
        assertEquals("(none)", BearerTokens.printable(null));
        assertEquals(105, BearerTokens.printable("x".repeat(500)).length());
    }

    private static BearerTokens.Config tokenConfig(long lifetimeSeconds, String... clientRoles) {
        return new BearerTokens.Config() {
            @Override
            public long lifetimeSeconds() {
                return lifetimeSeconds;
            }

            @Override
            public String[] clientRoles() {
                return clientRoles;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BearerTokens.Config.class;
            }
        };
    }

    private static TokenRefusedException assertRefused(int status, String type, Runnable call) {
        try {
            call.run();
        } catch (TokenRefusedException e) {
            assertEquals(status, e.status());
            assertEquals(type, e.type());
            return e;
        }
        fail("a token was issued");
        return null;
    }

    private static JaasAuthenticator.Config config(int cacheSeconds, int maxFailures, int lockoutSeconds) {
        return new JaasAuthenticator.Config() {
            @Override
            public String realm() {
                return "karaf";
            }

            @Override
            public int cacheSeconds() {
                return cacheSeconds;
            }

            @Override
            public int maxFailures() {
                return maxFailures;
            }

            @Override
            public int lockoutSeconds() {
                return lockoutSeconds;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return JaasAuthenticator.Config.class;
            }
        };
    }
}

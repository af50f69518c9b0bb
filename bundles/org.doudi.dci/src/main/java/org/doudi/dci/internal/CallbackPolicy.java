package org.doudi.dci.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the registry may send an account's callbacks (PID {@code org.doudi.dci}): a callback URI is accepted
 * only when its origin (scheme://host:port) is one the account is configured with, it is https unless
 * {@code requireHttps} is off, it carries no user info, and (unless {@code allowPrivateCallbacks}) its host is not
 * a loopback, link-local, private, unique-local, multicast or unspecified address literal nor a local name
 * ({@code localhost}, {@code *.localhost}). Names are not resolved here; the sender re-checks the resolved
 * addresses when it connects.
 */
final class CallbackPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackPolicy.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]+|[0-9.]+)(\\.(0x[0-9a-f]+|[0-9]+))*\\.?");

    /** Nothing allowed (no configuration). */
    static final CallbackPolicy NONE = new CallbackPolicy(Map.of(), false, true);

    private final Map<String, Set<String>> origins;
    private final boolean allowPrivate;
    private final boolean requireHttps;

    CallbackPolicy(Map<String, Set<String>> origins, boolean allowPrivate, boolean requireHttps) {
        this.origins = Map.copyOf(origins);
        this.allowPrivate = allowPrivate;
        this.requireHttps = requireHttps;
    }

    static CallbackPolicy of(DciConfig config) {
        return new CallbackPolicy(parseOrigins(config.callbackOrigins()), config.allowPrivateCallbacks(),
                config.requireHttps());
    }

    /**
     * {@code account:origin|origin, account:origin}: entries split on commas, the account before the first
     * colon, its origins split on {@code |}. An origin that cannot be read is left out (and logged).
     */
    static Map<String, Set<String>> parseOrigins(String text) {
        Map<String, Set<String>> out = new HashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String entry : text.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            String account = colon < 0 ? "" : e.substring(0, colon).trim();
            if (account.isEmpty()) {
                LOG.warn("{}: callbackOrigins entry '{}' has no account name; left out", DciConfig.PID, e);
                continue;
            }
            for (String o : e.substring(colon + 1).split("\\|")) {
                String origin = originOf(o.trim());
                if (origin == null) {
                    LOG.warn("{}: callback origin '{}' of {} is not scheme://host[:port]; left out", DciConfig.PID,
                            o.trim(), account);
                } else {
                    out.computeIfAbsent(account, a -> new LinkedHashSet<>()).add(origin);
                }
            }
        }
        return out;
    }

    /**
     * The callback URI {@code uri} of {@code account}, checked.
     *
     * @param field the envelope field named in a refusal, e.g. {@code header.sender_uri}
     * @throws DciRejection {@code err.sender_uri.invalid} when it is not allowed
     */
    String check(String uri, String account, String field) {
        if (uri == null || uri.isBlank()) {
            throw refuse(field + " is required for an asynchronous request");
        }
        URI u;
        try {
            u = new URI(uri);
        } catch (java.net.URISyntaxException e) {
            throw refuse(field + " is not a URI");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.isOpaque()) {
            throw refuse(field + " must be an http or https URL with a host");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw refuse(field + " must use https");
        }
        if (u.getRawUserInfo() != null) {
            throw refuse(field + " must not carry user info");
        }
        String origin = originOf(u);
        if (!allowPrivate && isPrivateHost(u.getHost())) {
            throw refuse(field + " names a local or private host (" + u.getHost() + "); callbacks go to public "
                    + "addresses only");
        }
        Set<String> allowed = origins.getOrDefault(account, Set.of());
        if (!allowed.contains(origin)) {
            throw refuse(field + " origin " + origin + " is not registered for account " + account
                    + (allowed.isEmpty() ? " (it has no callback origins; ask the registry to add them)"
                            : "; allowed: " + String.join(", ", allowed)));
        }
        return u.toString();
    }

    /** True for a host that is a non-public address literal or a local name; no name is resolved. */
    static boolean isPrivateHost(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        boolean literal = host.contains(":") || IPV4.matcher(host).matches();
        if (!literal) {
            // a number in another notation (2130706433, 0x7f.1, 127.1): not a name, and not a plain dotted quad
            return NUMERIC_HOST.matcher(host).matches();
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return true;
        }
        return isPrivate(a);
    }

    /** Loopback, link-local, site-local, unique-local (fc00::/7), multicast, unspecified, 100.64/10, 0/8. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 16) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0);
    }

    private static String originOf(String text) {
        try {
            URI u = new URI(text);
            String path = u.getRawPath();
            if (u.getHost() == null || u.getScheme() == null || u.getRawUserInfo() != null || u.getRawQuery() != null
                    || u.getRawFragment() != null || (path != null && !path.isEmpty() && !path.equals("/"))) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            return originOf(u);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String originOf(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static DciRejection refuse(String message) {
        return new DciRejection("err.sender_uri.invalid", null, 400, message);
    }
}

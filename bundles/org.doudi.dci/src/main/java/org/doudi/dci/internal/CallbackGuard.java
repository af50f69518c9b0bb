package org.doudi.dci.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses callback addresses that point into the server's own networks (server-side request forgery): the host is
 * resolved and every address it resolves to must be public, unless private callbacks are allowed (configuration
 * property {@code allowPrivateCallbacks} of PID {@code org.doudi.dci}). Refused: loopback, link-local (169.254/16,
 * fe80::/10), private (10/8, 172.16/12, 192.168/16), unique-local (fc00::/7), site-local (fec0::/10), multicast and
 * unspecified (0.0.0.0/8, ::) addresses.
 */
final class CallbackGuard {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A callback address that must not be called. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    CallbackGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The addresses of {@code uri}'s host, all checked.
     *
     * @throws Refused for a URI that is not http(s), a host that does not resolve, or a forbidden address
     */
    InetAddress[] check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("not an http(s) address");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new Refused("no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                String why = forbidden(a);
                if (why != null) {
                    throw new Refused("host " + host + " resolves to " + why + " address " + a.getHostAddress()
                            + " (set allowPrivateCallbacks to allow it)");
                }
            }
        }
        return addresses;
    }

    /** Why {@code a} must not be called (loopback, private …), or null for a public address. */
    static String forbidden(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return forbidden(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        if (a instanceof Inet4Address && (a.getAddress()[0] == 0)) {
            return "unspecified";
        }
        return null;
    }
}

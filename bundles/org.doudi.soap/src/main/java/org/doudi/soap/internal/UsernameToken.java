package org.doudi.soap.internal;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The credentials of a WS-Security header (OASIS WSS 1.0, UsernameToken profile): {@code wsse:Security} holding a
 * {@code wsse:UsernameToken} with {@code wsse:Username} and a {@code wsse:Password} of type PasswordText. Only
 * PasswordText is accepted: a PasswordDigest needs the clear password on the server, and the realm stores salted
 * hashes only.
 *
 * @param user     the user name
 * @param password the password as sent
 */
record UsernameToken(String user, String password) {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    static final String PASSWORD_TEXT = PROFILE + "#PasswordText";
    static final String PASSWORD_DIGEST = PROFILE + "#PasswordDigest";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final int MAX_LENGTH = 256;

    /** Why a header holds no usable token; the message is safe to send back. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * Reads the token of a {@code wsse:Security} header element.
     *
     * @throws Unusable when the header names an actor or role, holds no or several UsernameTokens, a token without
     *         (or with several) user name or password, markup inside either, or a password of another type than
     *         PasswordText
     */
    static UsernameToken from(Element security) throws Unusable {
        NamedNodeMap attributes = security.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (!XMLNS.equals(a.getNamespaceURI()) && ("actor".equals(name) || "role".equals(name))) {
                throw new Unusable("ambiguous security: the wsse:Security header must not name an actor or role");
            }
        }
        Element token = only(security, "UsernameToken", "the wsse:Security header holds several wsse:UsernameToken");
        if (token == null) {
            throw new Unusable("authentication required: the wsse:Security header has no wsse:UsernameToken");
        }
        Element user = only(token, "Username", "the wsse:UsernameToken holds several wsse:Username");
        Element password = only(token, "Password", "the wsse:UsernameToken holds several wsse:Password");
        if (user == null || password == null) {
            throw new Unusable("authentication required: the wsse:UsernameToken needs wsse:Username and wsse:Password");
        }
        if (hasElement(user) || hasElement(password)) {
            throw new Unusable("ambiguous security: wsse:Username and wsse:Password hold text only");
        }
        String type = password.getAttribute("Type");
        if (PASSWORD_DIGEST.equals(type)) {
            throw new Unusable("PasswordDigest is not supported: send the password as PasswordText, over HTTPS");
        }
        if (!type.isEmpty() && !PASSWORD_TEXT.equals(type)) {
            throw new Unusable("unsupported password type: send the password as PasswordText, over HTTPS");
        }
        String name = user.getTextContent() == null ? "" : user.getTextContent().strip();
        String secret = password.getTextContent() == null ? "" : password.getTextContent();
        if (name.isEmpty() || secret.isEmpty() || name.length() > MAX_LENGTH || secret.length() > MAX_LENGTH) {
            throw new Unusable("invalid credentials");
        }
        return new UsernameToken(name, secret);
    }

    /** The one wsse child {@code localName} of {@code parent}, or null if none; several are refused. */
    private static Element only(Element parent, String localName, String several) throws Unusable {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSSE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                if (found != null) {
                    throw new Unusable("ambiguous security: " + several + "; send exactly one");
                }
                found = e;
            }
        }
        return found;
    }

    private static boolean hasElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "UsernameToken[user=" + user + "]";
    }
}

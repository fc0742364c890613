package org.civic.gateway.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a webhook may target (server-side request forgery): http or https only, and a host every address of which
 * is public. Loopback, link-local (169.254/16 holds cloud metadata), private (RFC 1918, IPv6 ULA fc00::/7, the old
 * site-local fec0::/10), shared (100.64/10), multicast, broadcast and unspecified addresses are refused, unless the
 * deployment allows private targets (tests only). Checked at registration and again before every attempt, as a name may
 * resolve elsewhere later; redirects are never followed.
 */
public final class WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Null when {@code url} may be targeted, otherwise why not (to name in a 400 or the delivery log). */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "has no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry a user name or password";
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return "has a host that does not resolve (" + host + ")";
        }
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : addresses) {
            String kind = forbidden(address);
            if (kind != null) {
                return "resolves to a " + kind + " address (" + address.getHostAddress()
                        + "): webhooks go to public addresses only";
            }
        }
        return null;
    }

    private static String forbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || (bytes.length == 4 && bytes[0] == 0)) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return "private (unique local)";
        }
        if (bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (address.getHostAddress().equals("255.255.255.255")) {
            return "broadcast";
        }
        return null;
    }
}

package dev.masthead.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.masthead.web.problem.InvalidRequestException;

/**
 * Which URLs a webhook may be sent to. Masthead calls a URL an admin typed,
 * from inside the newsroom's network, so a URL must not reach what only that
 * network can: loopback, private and carrier-grade NAT ranges, link-local
 * (where the cloud metadata service answers, 169.254.169.254), unique-local
 * IPv6, multicast, or any of these wrapped in an IPv6 address. A host is
 * refused when ANY of its addresses is, since the sender may connect to any.
 * A name can point elsewhere tomorrow, so the sender checks again before
 * each request ({@link #refusal}). {@code masthead.webhooks.allow-private-targets}
 * turns all of this off, for tests and a receiver on the same machine.
 */
@ApplicationScoped
public class WebhookTargets {

    public static final int MAX_URL_LENGTH = 2048;

    /** Names that stand for this machine or a cloud's metadata service, whatever they resolve to here. */
    private static final Set<String> INTERNAL_NAMES = Set.of("localhost", "metadata", "metadata.google.internal",
            "metadata.goog", "instance-data", "instance-data.ec2.internal");

    /** How a host name becomes addresses; a seam only so tests need no DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this(config.allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL a webhook request gives, or a 400 naming {@code field} and why it is refused. */
    public URI accept(String field, String url) {
        URI uri = parse(url).orElseThrow(() -> new InvalidRequestException(field,
                "must be an absolute http or https URL with a host"));
        refusal(uri).ifPresent(reason -> {
            throw new InvalidRequestException(field, reason);
        });
        return uri;
    }

    /** Why a request to this URL must not be sent, or empty when it may; resolves the host (blocking). */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (INTERNAL_NAMES.contains(name) || name.endsWith(".localhost")) {
            return Optional.of("must not point at this machine or a metadata service (" + host + ")");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("must not resolve to a loopback, private, link-local or metadata address ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    /** An absolute http(s) URI with a server-based authority, at most {@link #MAX_URL_LENGTH} characters. */
    static Optional<URI> parse(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url).parseServerAuthority();
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the address is one only the local network (or the machine itself) can reach. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isInternalIpv6(bytes);
        }
        return true;
    }

    private static boolean isInternalIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network"
                || first == 127
                || first == 10
                || (first == 100 && (second & 0xc0) == 64) // carrier-grade NAT 100.64/10 (Alibaba's metadata too)
                || (first == 169 && second == 254)
                || (first == 172 && (second & 0xf0) == 16)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0/24
                || (first == 198 && (second & 0xfe) == 18) // benchmarking 198.18/15
                || first >= 224; // multicast, reserved, broadcast
    }

    private static boolean isInternalIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique-local fc00::/7 (AWS metadata fd00:ec2::254 too)
            return true;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) { // link-local fe80::/10
            return true;
        }
        if (zero(b, 0, 10) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || zero(b, 10, 12))) {
            return isInternalIpv4(tail(b, 12)); // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && zero(b, 4, 12)) {
            return isInternalIpv4(tail(b, 12)); // NAT64 64:ff9b::/96
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isInternalIpv4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4 2002::/16
        }
        return false;
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] bytes, int from) {
        byte[] v4 = new byte[bytes.length - from];
        System.arraycopy(bytes, from, v4, 0, v4.length);
        return v4;
    }
}

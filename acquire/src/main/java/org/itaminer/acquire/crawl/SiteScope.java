package org.itaminer.acquire.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An agency's site: every host under its registered domain, judged with the public-suffix list, so that
 * {@code www.nongbua.go.th} and {@code nongbua.go.th} are one site and {@code nongbua.go.th} and
 * {@code phanom.go.th} two, though both end in {@code .go.th}. An address whose host has no registered domain (an IP,
 * {@code localhost}) is its own site. A port other than the scheme's is part of the site: two ports stand for two
 * servers.
 *
 * @param key the site's name in the registry: {@code nongbua.go.th}, {@code 127.0.0.1:8081}
 */
public record SiteScope(String key) {

    public SiteScope {
        Objects.requireNonNull(key, "key");
    }

    public static SiteScope of(URI uri) {
        return new SiteScope(keyOf(uri));
    }

    /** Whether an address is on this site (http or https). */
    public boolean contains(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && keyOf(uri).equals(key);
    }

    private static String keyOf(URI uri) {
        String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
        String site = domain == null ? host : domain;
        int port = uri.getPort();
        return port < 0 || port == 80 || port == 443 ? site : site + ":" + port;
    }
}

package org.itaminer.acquire.fetch;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turning the addresses pages and servers write into {@link URI}s: Thai letters and spaces in a path
 * ({@code /ita/มาตรการ 2567.pdf}) are percent-encoded as browsers do, rather than refused.
 */
public final class Links {

    private Links() {
    }

    /** @throws IllegalArgumentException when the address cannot be made a URI at all */
    public static URI toUri(String address) {
        String a = address.strip();
        try {
            return URI.create(new URI(a).toASCIIString()); // Thai letters, which URI accepts, percent-encoded too
        } catch (URISyntaxException e) {
            StringBuilder out = new StringBuilder();
            for (byte b : a.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                        || c == '{' || c == '|' || c == '}') {
                    out.append('%').append(String.format("%02X", c));
                } else {
                    out.append((char) c);
                }
            }
            try {
                return new URI(out.toString());
            } catch (URISyntaxException e2) {
                throw new IllegalArgumentException(e2.getMessage(), e2);
            }
        }
    }
}

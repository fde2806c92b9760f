package org.itaminer.acquire.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a server gives in {@code Content-Disposition} ({@code filename*=UTF-8''…} preferred, RFC 6266). */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)",
            Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    static Optional<String> fileName(String header) {
        Matcher ext = EXTENDED.matcher(header);
        if (ext.find()) {
            try {
                String charset = ext.group(1).isBlank() ? "UTF-8" : ext.group(1).strip();
                return clean(URLDecoder.decode(ext.group(2).strip().replace("+", "%2B"), charset));
            } catch (java.io.UnsupportedEncodingException | IllegalArgumentException e) {
                // fall through to the plain form
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            return clean(plain.group(2) != null ? plain.group(2) : plain.group(1).strip());
        }
        return Optional.empty();
    }

    /** Only the last path segment: a name is never a path into the workdir. */
    private static Optional<String> clean(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() || n.equals(".") || n.equals("..") ? Optional.empty()
                : Optional.of(new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}

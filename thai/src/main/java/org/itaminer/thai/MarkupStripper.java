package org.itaminer.thai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markup that HTML, DOCX-to-HTML and markdown text forms leave in a value:
 *
 * <ul>
 * <li>tags such as {@code <p>}, {@code </u>}, {@code <br/>}, {@code <ol style="...">}, matched by
 *     {@code </?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>}, become one SPACE U+0020 (so words on either
 *     side stay apart); a LESS-THAN SIGN U+003C not followed by a letter or "/" and a letter stays
 *     ("คะแนน < 50");</li>
 * <li>the entities {@code &amp;} {@code &lt;} {@code &gt;} {@code &quot;} {@code &apos;}
 *     {@code &nbsp;} (to NO-BREAK SPACE U+00A0) and numeric {@code &#NNN;} / {@code &#xHHHH;}
 *     become their characters; a numeric entity for NUL, a surrogate or a value above U+10FFFF
 *     stays as written;</li>
 * <li>the doubled markdown emphasis markers {@code **} and {@code __} are removed (a single
 *     {@code *} or {@code _} stays).</li>
 * </ul>
 *
 * The three are repeated until nothing changes, so doubly escaped text ({@code &amp;lt;p&amp;gt;})
 * ends without markup and a second application changes nothing.
 */
public final class MarkupStripper implements TextFilter {

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ENTITY =
            Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    @Override
    public String apply(String text) {
        String current = text;
        while (mayContainMarkup(current)) {
            String next = stripOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next; // strictly shorter than before, so this loop ends
        }
        return current;
    }

    private static boolean mayContainMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0 || text.contains("**") || text.contains("__");
    }

    private static String stripOnce(String text) {
        String s = text.indexOf('<') >= 0 ? TAG.matcher(text).replaceAll(" ") : text;
        if (s.indexOf('&') >= 0) {
            s = unescape(s);
        }
        if (s.contains("**") || s.contains("__")) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        return s;
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String decoded = decode(m.group(1));
            if (decoded == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(decoded);
            copied = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The text of an entity name (without "&" and ";"), or null to leave it as written. */
    private static String decode(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00A0";
            default:
                break;
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return null;
        }
        return Character.toString(codePoint);
    }
}

package org.itaminer.ingest.office;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * Whether an element centres its text: {@code <center>}, {@code align="center"} or CSS {@code text-align: center}
 * (Word's saved pages write both). A web page's heading is most often told by that alone: its lines, each a
 * paragraph of its own, centred above a body that is not.
 */
final class HtmlAlignment {

    /** Whether an element sets its alignment, and to what. */
    enum Align { CENTRE, OTHER, INHERIT }

    private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*([a-z-]+)");

    private HtmlAlignment() {
    }

    static Align of(String element, Attributes atts) {
        if (element.equals("center")) {
            return Align.CENTRE;
        }
        String style = atts.getValue("style");
        if (style != null) {
            Matcher m = TEXT_ALIGN.matcher(style.toLowerCase(Locale.ROOT));
            if (m.find()) {
                return m.group(1).equals("center") ? Align.CENTRE : Align.OTHER;
            }
        }
        String align = atts.getValue("align");
        if (align != null && !element.equals("table") && !element.equals("img")) {
            return align.strip().equalsIgnoreCase("center") ? Align.CENTRE : Align.OTHER;
        }
        return Align.INHERIT;
    }
}

package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading values of a gold or predicted report as score.py does: {@code {"anyOf": [...]}} alternatives, null and
 * empty values, values as text, numbers, step lists and code sets. A missing value is Java {@code null}.
 */
final class Values {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Values() {
    }

    static boolean isAnyOf(JsonNode v) {
        return v != null && v.isObject() && v.size() == 1 && v.has("anyOf") && v.get("anyOf").isArray();
    }

    /** The alternatives of a gold value: its anyOf list, or itself. */
    static List<JsonNode> alternatives(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (isAnyOf(v)) {
            v.get("anyOf").forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }

    static boolean isNull(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return true;
        }
        if (v.isTextual()) {
            return TextCompare.norm(v.asText()).isEmpty();
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!isNull(x)) {
                    return false;
                }
            }
            return true;
        }
        return v.isObject() && v.isEmpty();
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> {
                if (!x.isNull()) {
                    parts.add(asText(x));
                }
            });
            return String.join(" ", parts);
        }
        if (v.isObject()) {
            return v.toString();
        }
        return v.asText();
    }

    static Double asNumber(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            String s = TextCompare.norm(v.asText()).replace(",", "");
            return NUMBER.matcher(s).matches() ? Double.valueOf(s) : null;
        }
        return null;
    }

    static List<String> stepsList(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!isNull(x)) {
                    out.add(asText(x));
                }
            });
        } else if (!isNull(v)) {
            out.add(asText(v));
        }
        return out;
    }

    static String stepsJoined(JsonNode v) {
        return TextCompare.norm(String.join(" ", stepsList(v)));
    }

    static Set<String> codeSet(JsonNode v) {
        Set<String> out = new HashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!isNull(x)) {
                    out.add(TextCompare.norm(asText(x)));
                }
            });
        } else if (!isNull(v)) {
            out.add(TextCompare.norm(asText(v)));
        }
        return out;
    }

    static String exact(JsonNode v) {
        return Normalizer.normalize(asText(v), Normalizer.Form.NFC).strip();
    }

    /** {@code obj[key]} when obj is an object, else null. */
    static JsonNode get(JsonNode obj, String key) {
        return obj != null && obj.isObject() ? obj.get(key) : null;
    }
}

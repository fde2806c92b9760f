package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.ReportJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose text carries control characters (a bell inside the title, NUL and DEL inside a measure,
 * C1 controls in the agency line, as a broken export or a font without a Unicode map leaves them) reads
 * and extracts to the report of the clean plan, and in its text and its HTML form no string of the report
 * holds a control character.
 */
class ControlCharactersEndToEndTest {

    @TempDir
    Path tmp;

    /** Where the controls go: each pair is a text of the sample and the same text with controls in it. */
    private static final String[][] DIRT = {
        {"มาตรการส่งเสริมคุณธรรม", "มาตรการ\u0007ส่งเสริม\u001Bคุณธรรม"},
        {"องค์การบริหารส่วนตำบลหนองบัวทอง อำเภอ", "องค์การบริหารส่วนตำบล\u0085หนองบัวทอง\u009B อำเภอ"},
        {"เผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้สาธารณชนทราบ", "เผยแพร่ข้อมูล\u0000การจัดซื้อ\u007Fจัดจ้างให้สาธารณชนทราบ\u0002"},
        {"กองคลัง", "กอง\u0003คลัง"},
    };

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan_sao_nongbua_2567.txt", "plan_sao_nongbua_2567.html"})
    void controlsNeverReachAField(String name) throws Exception {
        String text = Files.readString(SamplesTest.SAMPLES.resolve(name), StandardCharsets.UTF_8);
        for (String[] d : DIRT) {
            assertTrue(text.contains(d[0]), d[0]);
            text = text.replace(d[0], d[1]);
        }
        Path dirty = tmp.resolve(name);
        Files.writeString(dirty, text, StandardCharsets.UTF_8);

        JsonNode report = ReportJson.mapper().readTree(ReportJson.toBytes(SamplesTest.extract(dirty)));

        List<String> withControls = new ArrayList<>();
        strings("", report, withControls);
        assertEquals(List.of(), withControls);
        if (name.endsWith(".html")) {
            return; // an HTML parser turns C0 controls into U+FFFD itself (HTML 5 parsing), so the text differs
        }
        JsonNode expected = ReportJson.mapper().readTree(SamplesTest.SAMPLES
                .resolve("plan_sao_nongbua_2567.expected.json").toFile());
        assertEquals(expected.get("title"), report.get("title"));
        assertEquals(expected.get("agency"), report.get("agency"));
        assertEquals(expected.get("measures").get(0).get("title"), report.get("measures").get(0).get("title"));
        assertEquals(expected.get("measures").get(0).get("responsible"),
                report.get("measures").get(0).get("responsible"));
    }

    /** Every string of the JSON tree (keys too) that holds a C0 or C1 control or a lone surrogate. */
    private static void strings(String path, JsonNode node, List<String> out) {
        if (node.isTextual()) {
            if (hasControl(node.asText())) {
                out.add(path + ": " + node.asText());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(path + "/" + i, node.get(i), out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (hasControl(e.getKey())) {
                    out.add(path + ": key " + e.getKey());
                }
                strings(path + "/" + e.getKey(), e.getValue(), out);
            }
        }
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

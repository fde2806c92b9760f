package org.itaminer.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Equivalent spellings searched as one: Thai agency abbreviations and their full names, and English policy names
 * and their Thai forms. Each group is a line of the Solr synonym format (all members equivalent).
 */
public final class AbbreviationSynonyms {

    /** The groups: อบต. องค์การบริหารส่วนตำบล, ทต. เทศบาลตำบล, ทม. เทศบาลเมือง, ทน. เทศบาลนคร, อบจ., ป.ป.ช., No Gift Policy. */
    public static final List<String> GROUPS = List.of(
            "อบต., อบต, องค์การบริหารส่วนตำบล",
            "ทต., เทศบาลตำบล",
            "ทม., เทศบาลเมือง",
            "ทน., เทศบาลนคร",
            "อบจ., อบจ, องค์การบริหารส่วนจังหวัด",
            "ป.ป.ช., ปปช, คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
            "ป.ป.ท., ปปท, คณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ",
            "no gift policy, no gift, ไม่รับของขวัญ, งดรับของขวัญ",
            "ita, การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            "oss, one stop service, ศูนย์บริการแบบเบ็ดเสร็จ");

    private AbbreviationSynonyms() {
    }

    /** The members of a group as written ("อบต.", "อบต", "องค์การบริหารส่วนตำบล"). */
    public static List<String> members(String group) {
        return Arrays.stream(group.split(",")).map(String::strip).toList();
    }

    /** The synonym map, with each member analyzed by {@code analyzer} (the search chain without synonyms). */
    static SynonymMap build(Analyzer analyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(String.join("\n", GROUPS)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in synonym list could not be read", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the built-in synonym list is malformed", e);
        }
    }
}

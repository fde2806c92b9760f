package org.itaminer.bench;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;

/**
 * Synthetic reports for benchmarks: the parts of real measures (a pool) recombined over invented agencies — a
 * random province of the 77, an agency type, a place name made of common Thai place-name syllables (หนอง, บ้าน,
 * โคก …), a fiscal year 2560–2569, plan or report. Report {@code i} depends only on the seed and {@code i}, so
 * any number of threads can generate the same corpus.
 */
public final class SyntheticCorpus {

    /** The 77 provinces (จังหวัด) as the schema writes them, Bangkok included. */
    static final List<String> PROVINCES = List.of("กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์",
            "กำแพงเพชร", "ขอนแก่น", "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย",
            "เชียงใหม่", "ตรัง", "ตราด", "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช",
            "นครสวรรค์", "นนทบุรี", "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์",
            "ปราจีนบุรี", "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก",
            "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา",
            "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร",
            "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี",
            "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อ่างทอง",
            "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี");

    /** First and second halves of place names: หนอง+บัว, โคก+สูง, ท่า+ช้าง … */
    private static final List<String> HEADS = List.of("หนอง", "บ้าน", "โคก", "ท่า", "ห้วย", "ดอน", "นา", "บ่อ",
            "วัง", "คลอง", "เขา", "ทุ่ง", "หัว", "โนน", "แม่", "ลำ", "สระ", "บาง", "ปากน้ำ", "เวียง");
    private static final List<String> TAILS = List.of("บัว", "ทอง", "ใหญ่", "ช้าง", "สูง", "แก้ว", "ไผ่", "หิน",
            "ขาม", "กลาง", "ใหม่", "เหนือ", "ใต้", "สวน", "น้ำใส", "โพธิ์", "งาม", "ยาง", "มะม่วง", "เจริญ");
    private static final Map<AgencyType, String> TYPE_WORDS = Map.of(
            AgencyType.SAO, "องค์การบริหารส่วนตำบล", AgencyType.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบล",
            AgencyType.TOWN_MUNICIPALITY, "เทศบาลเมือง", AgencyType.CITY_MUNICIPALITY, "เทศบาลนคร",
            AgencyType.PAO, "องค์การบริหารส่วนจังหวัด");
    /** Mostly อบต. and ทต., as in the country. */
    private static final List<AgencyType> TYPES = List.of(AgencyType.SAO, AgencyType.SAO, AgencyType.SAO,
            AgencyType.SAO, AgencyType.SUBDISTRICT_MUNICIPALITY, AgencyType.SUBDISTRICT_MUNICIPALITY,
            AgencyType.SUBDISTRICT_MUNICIPALITY, AgencyType.TOWN_MUNICIPALITY, AgencyType.CITY_MUNICIPALITY,
            AgencyType.PAO);
    private static final int FIRST_YEAR = 2560;
    private static final int YEARS = 10;

    private final long seed;
    private final List<Measure> pool;
    private final List<String> titles;
    private final List<String> steps;
    private final List<String> units;
    private final List<Period> periods;
    private final List<String> monitoring;
    private final List<String> results;
    private final List<String> outcomes;
    private final List<String> indicators;

    /**
     * @param seed the random seed
     * @param samples reports whose measures are the pool (at least one measure among them)
     * @throws IllegalArgumentException when the samples hold no measure
     */
    public SyntheticCorpus(long seed, List<Report> samples) {
        Objects.requireNonNull(samples, "samples");
        this.seed = seed;
        this.pool = samples.stream().flatMap(r -> r.measures().stream()).toList();
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("samples has no measures to recombine");
        }
        this.titles = distinct(pool.stream().map(Measure::title).toList());
        this.steps = distinct(pool.stream().filter(m -> m.steps() != null).flatMap(m -> m.steps().stream()).toList());
        this.units = distinct(pool.stream().map(Measure::responsible).toList());
        this.periods = List.copyOf(new LinkedHashSet<>(pool.stream().map(Measure::period).toList()));
        this.monitoring = distinct(pool.stream().map(Measure::monitoring).toList());
        this.results = distinct(pool.stream().map(Measure::result).toList());
        this.outcomes = distinct(pool.stream().map(Measure::outcome).toList());
        List<String> codes = new ArrayList<>(distinct(pool.stream().flatMap(m -> m.indicators().stream()).toList()));
        for (int o = 1; o <= 43; o++) {
            codes.add("O" + o);
        }
        this.indicators = distinct(codes);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** How many distinct measures the pool holds. */
    public int poolSize() {
        return pool.size();
    }

    /** Report number {@code i} (from 0), with {@code 3}–{@code 12} measures. */
    public Report report(long i) {
        SplittableRandom rnd = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
        AgencyType type = pick(rnd, TYPES);
        String province = pick(rnd, PROVINCES);
        String place = pick(rnd, HEADS) + pick(rnd, TAILS);
        String district = type == AgencyType.PAO ? null
                : rnd.nextInt(4) == 0 ? "เมือง" + province : pick(rnd, HEADS) + pick(rnd, TAILS);
        String name = TYPE_WORDS.get(type) + (type == AgencyType.PAO ? province : place);
        int year = FIRST_YEAR + rnd.nextInt(YEARS);
        DocumentKind kind = rnd.nextBoolean() ? DocumentKind.PLAN : DocumentKind.REPORT;
        int count = 3 + rnd.nextInt(10);
        List<Measure> measures = new ArrayList<>(count);
        for (int seq = 1; seq <= count; seq++) {
            measures.add(measure(rnd, seq, kind));
        }
        String id = HexFormat.of().formatHex(longBytes(seed)) + HexFormat.of().formatHex(longBytes(i));
        Source source = new Source("synthetic:" + i, "synthetic-" + i + ".txt", id, "text/plain", 1, "text");
        Assessment assessment = rnd.nextInt(3) == 0 ? null
                : new Assessment(year - 1, 60 + rnd.nextInt(4000) / 100.0, null);
        String title = kind == DocumentKind.PLAN ? "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                : "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
        return new Report(Report.SCHEMA_VERSION, id, source, title, kind, new Agency(name, type, district, province),
                year, assessment, List.of(), measures, List.of());
    }

    /** A copy of report {@code i} keeping only its first {@code n} measures (to stop at an exact count). */
    public Report report(long i, int n) {
        Report r = report(i);
        if (n >= r.measures().size()) {
            return r;
        }
        return new Report(r.schemaVersion(), r.id(), r.source(), r.title(), r.kind(), r.agency(), r.fiscalYear(),
                r.assessment(), r.indicatorScores(), r.measures().subList(0, n), r.warnings());
    }

    private Measure measure(SplittableRandom rnd, int seq, DocumentKind kind) {
        List<String> s = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && !steps.isEmpty(); k++) {
            s.add(pick(rnd, steps));
        }
        List<String> codes = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
            String code = pick(rnd, indicators);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        boolean report = kind == DocumentKind.REPORT;
        return new Measure(seq, Integer.toString(seq), pick(rnd, titles), s, orNull(rnd, units), pick(rnd, periods),
                orNull(rnd, monitoring), report ? orNull(rnd, results) : null, report ? orNull(rnd, outcomes) : null,
                null, codes, Map.of(), 1 + (seq - 1) / 4);
    }

    private static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static String orNull(SplittableRandom rnd, List<String> values) {
        return values.isEmpty() ? null : pick(rnd, values);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int k = 7; k >= 0; k--) {
            b[k] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}

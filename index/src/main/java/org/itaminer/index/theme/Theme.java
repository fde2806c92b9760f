package org.itaminer.index.theme;

import java.util.Locale;
import java.util.Objects;

/**
 * An ITA topic a measure can address. Each has a stable English {@link #id()} (index field values, CSV and JSON
 * keys: never renamed), a Thai {@link #label()} and a {@link #shortLabel()} for table headers. Which measure
 * addresses which theme is decided by {@link ThemeClassifier}.
 */
public enum Theme {
    /** ช่องทางร้องเรียนและแจ้งเบาะแส: complaint and whistle-blowing channels, handling complaints. */
    COMPLAINTS("complaints", "ช่องทางร้องเรียนและแจ้งเบาะแส", "ร้องเรียน"),
    /** นโยบายไม่รับของขวัญ (No Gift Policy), รับทรัพย์สินหรือประโยชน์อื่นใด. */
    NO_GIFT("no_gift", "ไม่รับของขวัญ (No Gift Policy)", "ของขวัญ"),
    /** การบริหารความเสี่ยงการทุจริต: corruption-risk assessment and management. */
    CORRUPTION_RISK("corruption_risk", "การบริหารความเสี่ยงการทุจริต", "เสี่ยงทุจริต"),
    /** การเปิดเผยข้อมูล, ข้อมูลข่าวสาร, open data. */
    DISCLOSURE("disclosure", "การเปิดเผยข้อมูลสาธารณะ", "เปิดเผย"),
    /** ประมวลจริยธรรม: the ethics code and promoting ethics. */
    ETHICS("ethics", "ประมวลจริยธรรม", "จริยธรรม"),
    /** การมีส่วนร่วม: participation of citizens and stakeholders. */
    PARTICIPATION("participation", "การมีส่วนร่วม", "มีส่วนร่วม"),
    /** มาตรฐานการให้บริการ, คู่มือ, ขั้นตอน: service standards, manuals and process maps. */
    SERVICE_STANDARDS("service_standards", "มาตรฐานการให้บริการและคู่มือ", "บริการ"),
    /** ความโปร่งใสของงบประมาณและการจัดซื้อจัดจ้าง. */
    BUDGET_PROCUREMENT("budget_procurement", "ความโปร่งใสงบประมาณและจัดซื้อจัดจ้าง", "งบ/จัดซื้อ"),
    /** การใช้ทรัพย์สินของทางราชการ. */
    PUBLIC_ASSETS("public_assets", "การใช้ทรัพย์สินของทางราชการ", "ทรัพย์สิน"),
    /** การบริหารทรัพยากรบุคคล: recruitment, บรรจุแต่งตั้ง, promotion, transfers. */
    PERSONNEL("personnel", "การบริหารทรัพยากรบุคคล", "บุคลากร"),
    /** ผลประโยชน์ทับซ้อน: conflict of interest. */
    CONFLICT_OF_INTEREST("conflict_of_interest", "ผลประโยชน์ทับซ้อน", "ทับซ้อน");

    private final String id;
    private final String label;
    private final String shortLabel;

    Theme(String id, String label, String shortLabel) {
        this.id = id;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** The stable identifier, lower-case ASCII with underscores (no_gift). */
    public String id() {
        return id;
    }

    /** The Thai name (ไม่รับของขวัญ (No Gift Policy)). */
    public String label() {
        return label;
    }

    /** A one-word Thai name for narrow table headers (ของขวัญ). */
    public String shortLabel() {
        return shortLabel;
    }

    /**
     * The theme with this id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the known ids when there is none
     */
    public static Theme fromId(String id) {
        Objects.requireNonNull(id, "id");
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (Theme t : values()) {
            if (t.id.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "'; known: " + java.util.Arrays.stream(values())
                .map(Theme::id).collect(java.util.stream.Collectors.joining(", ")));
    }
}

package org.itaminer.pipeline.genre;

import java.util.List;
import java.util.Random;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;

/** Local agencies of every type, with places written for the generator. */
final class Agencies {

    private record Place(String name, String district, String province) {
    }

    private static final List<Place> PLACES = List.of(
        new Place("โนนสะอาด", "กุมภวาปี", "อุดรธานี"), new Place("บ้านแหลม", "เมืองเพชรบุรี", "เพชรบุรี"),
        new Place("ท่าข้าม", "หาดใหญ่", "สงขลา"), new Place("หนองหญ้าไซ", "สามชุก", "สุพรรณบุรี"),
        new Place("ดอนตูม", "บางเลน", "นครปฐม"), new Place("แม่ทา", "แม่ออน", "เชียงใหม่"),
        new Place("คลองขลุง", "คลองขลุง", "กำแพงเพชร"), new Place("นาดี", "เมืองยโสธร", "ยโสธร"),
        new Place("ทุ่งสง", "ทุ่งสง", "นครศรีธรรมราช"), new Place("บางปลา", "บางพลี", "สมุทรปราการ"),
        new Place("เขาพระ", "พิปูน", "นครศรีธรรมราช"), new Place("วังน้ำเย็น", "วังน้ำเย็น", "สระแก้ว"));

    private static final List<String> CITIES = List.of("ลำปาง", "ขอนแก่น", "นครสวรรค์", "อุบลราชธานี", "ตรัง");

    private Agencies() {
    }

    /** The agency's type word as printed in front of its place name. */
    static String typeWord(AgencyType type) {
        return switch (type) {
            case SAO -> "องค์การบริหารส่วนตำบล";
            case SUBDISTRICT_MUNICIPALITY -> "เทศบาลตำบล";
            case TOWN_MUNICIPALITY -> "เทศบาลเมือง";
            case CITY_MUNICIPALITY -> "เทศบาลนคร";
            case PAO -> "องค์การบริหารส่วนจังหวัด";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    static Agency draw(Random r) {
        AgencyType[] types = {AgencyType.SAO, AgencyType.SAO, AgencyType.SUBDISTRICT_MUNICIPALITY,
            AgencyType.TOWN_MUNICIPALITY, AgencyType.CITY_MUNICIPALITY, AgencyType.PAO};
        AgencyType type = types[r.nextInt(types.length)];
        if (type == AgencyType.PAO) {
            String province = CITIES.get(r.nextInt(CITIES.size()));
            return new Agency(typeWord(type) + province, type, null, province);
        }
        if (type == AgencyType.CITY_MUNICIPALITY) {
            String city = CITIES.get(r.nextInt(CITIES.size()));
            return new Agency(typeWord(type) + city, type, "เมือง" + city, city);
        }
        Place p = PLACES.get(r.nextInt(PLACES.size()));
        return new Agency(typeWord(type) + p.name(), type, p.district(), p.province());
    }

    /** The heading's agency line: name, อำเภอ and จังหวัด where it has them. */
    static String line(Agency a) {
        StringBuilder b = new StringBuilder(a.name());
        a.optionalDistrict().ifPresent(d -> b.append(" อำเภอ").append(d));
        a.optionalProvince().filter(p -> !a.name().endsWith(p) || a.district() != null)
                .ifPresent(p -> b.append(" จังหวัด").append(p));
        return b.toString();
    }
}

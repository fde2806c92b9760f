package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL lists and manifests as analysts keep them. */
class SeedListsTest {

    @TempDir
    Path dir;

    @Test
    void aManifestsValuesGoWithItsSeeds() throws Exception {
        Path csv = dir.resolve("agencies.csv");
        Files.writeString(csv, "\uFEFFagency,url,province,district,agencyType,fiscalYear,indicator\n"
                + "องค์การบริหารส่วนตำบลหนองบัว,https://www.nongbua.go.th/,นครนายก,เมืองนครนายก,อบต.,2567,O36\n"
                + "\"เทศบาลเมืองท่าขาม, สงขลา\",http://thakham.go.th/ita,สงขลา,,ทม.,,\n", StandardCharsets.UTF_8);
        List<Seed> seeds = SeedLists.manifest(csv);
        assertEquals(2, seeds.size());
        assertEquals(URI.create("https://www.nongbua.go.th/"), seeds.get(0).url());
        assertEquals(Map.of("agency", "องค์การบริหารส่วนตำบลหนองบัว", "url", "https://www.nongbua.go.th/", "province", "นครนายก",
                "district", "เมืองนครนายก", "agencyType", "อบต.", "fiscalYear", "2567", "indicator", "O36"),
                seeds.get(0).hints());
        assertEquals(Map.of("agency", "เทศบาลเมืองท่าขาม, สงขลา", "url", "http://thakham.go.th/ita", "province", "สงขลา", "agencyType", "ทม."),
                seeds.get(1).hints());
    }

    @Test
    void aManifestWithoutItsTwoColumnsIsRefusedInOneLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,website\nอบต.หนองบัว,https://www.nongbua.go.th/\n", StandardCharsets.UTF_8);
        SeedLists.BadListException e = assertThrows(SeedLists.BadListException.class, () -> SeedLists.manifest(csv));
        assertTrue(e.getMessage().contains("agency and url"), e.getMessage());
    }

    @Test
    void aUrlListSkipsCommentsAndBlankLinesAndNamesABadLine() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# อบต. ในนครนายก\nhttps://www.nongbua.go.th/\n\n  http://www.phanom.go.th/ita/มาตรการ.pdf \n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(URI.create("https://www.nongbua.go.th/"),
                URI.create("http://www.phanom.go.th/ita/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf")),
                SeedLists.urlList(list).stream().map(Seed::url).toList());
        Files.writeString(list, "https://www.nongbua.go.th/\nwww.phanom.go.th\n", StandardCharsets.UTF_8);
        SeedLists.BadListException e = assertThrows(SeedLists.BadListException.class, () -> SeedLists.urlList(list));
        assertTrue(e.getMessage().endsWith("line 2: not an http(s) address: www.phanom.go.th"), e.getMessage());
    }
}

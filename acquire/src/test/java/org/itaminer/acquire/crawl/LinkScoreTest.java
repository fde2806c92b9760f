package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links scored by their anchor text and address, Thai written out or percent-encoded; Drive links made downloads. */
class LinkScoreTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        มาตรการส่งเสริมคุณธรรมและความโปร่งใส      | /index.php?id=12                          | true
        O36                                     | /ita/o36.pdf                              | true
        ดาวน์โหลด                                | /ita/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf | true
        ดาวน์โหลด                                | /files/ita2567.pdf                        | true
        การประเมิน ITA                           | /page/9                                   | true
        แผนป้องกันการทุจริต                      | /plan                                     | true
        ข่าวประชาสัมพันธ์                         | /news/                                    | false
        Capital budget                          | /capital.pdf                              | false
        ติดต่อเรา                                | /contact                                  | false
        """)
    void aLinkScoresWhenItsTextOrAddressNamesTheGenre(String anchor, String path, boolean scores) {
        assertEquals(scores, LinkScore.of(anchor, "https://www.nongbua.go.th" + path) > 0, anchor + " " + path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        O36 มาตรการส่งเสริมคุณธรรม | ดาวน์โหลดเอกสาร
        มาตรการ                   | ข่าว
        """)
    void theGenresOwnWordsCountMore(String stronger, String weaker) {
        assertTrue(LinkScore.of(stronger) > LinkScore.of(weaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing       | https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOp
        https://drive.google.com/open?id=1AbCdEfGhIjKlMnOp                      | https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOp
        https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit?usp=sharing   | https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/export?format=docx
        https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/edit#gid=0     | https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/export?format=xlsx
        https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp                |
        https://www.nongbua.go.th/file/d/1AbCdEfGhIjKlMnOp/view                 |
        """)
    void driveShareLinksBecomeTheirDownloadForm(String share, String download) {
        assertEquals(Optional.ofNullable(download).map(URI::create), DriveLinks.downloadForm(URI.create(share)));
    }
}

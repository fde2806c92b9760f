package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agencies' sites told apart by their registered domain under the public-suffix list. */
class SiteScopeTest {

    @ParameterizedTest(name = "{0} and {1}: same site {2}")
    @CsvSource(delimiter = '|', textBlock = """
        https://www.nongbua.go.th/       | https://nongbua.go.th/ita/o36.pdf        | true
        https://www.nongbua.go.th/       | http://web.nongbua.go.th/ita/            | true
        https://www.nongbua.go.th/       | https://www.phanom.go.th/                | false
        https://www.nongbua.go.th/       | https://go.th/                           | false
        https://www.moph.go.th/          | https://hospital.moph.go.th/             | true
        https://www.psu.ac.th/           | https://www.ku.ac.th/                    | false
        https://www.nongbua.go.th/       | https://drive.google.com/file/d/x/view   | false
        https://www.nongbua.go.th/       | ftp://www.nongbua.go.th/a.pdf            | false
        http://127.0.0.1:8081/           | http://127.0.0.1:8081/ita/               | true
        http://127.0.0.1:8081/           | http://127.0.0.1:8082/                   | false
        http://127.0.0.1:8081/           | http://localhost:8081/                   | false
        """)
    void sameSite(String seed, String link, boolean same) {
        assertEquals(same, SiteScope.of(URI.create(seed)).contains(URI.create(link)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        https://www.nongbua.go.th/index.php | nongbua.go.th
        https://WWW.Nongbua.GO.TH./         | nongbua.go.th
        http://127.0.0.1:8081/              | 127.0.0.1:8081
        https://www.nongbua.go.th:8443/     | nongbua.go.th:8443
        """)
    void theSiteIsNamedByItsRegisteredDomain(String url, String key) {
        assertEquals(key, SiteScope.of(URI.create(url)).key());
    }
}

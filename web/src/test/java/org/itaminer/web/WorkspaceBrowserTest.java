package org.itaminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real UI in Debian's headless Chromium (Selenium 4, the system chromedriver: nothing downloaded). One server and
 * one browser for the class; each test leaves a screenshot under {@code web/target/screenshots}.
 */
class WorkspaceBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static WorkspaceServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path downloads;
    static boolean pdf;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver fonts-thai-tlwg; .ci/run does)");
        pdf = WorkspaceFixture.build(dir);
        server = WorkspaceServer.start(ServeOptions.local(WorkspaceFixture.workdir(dir), 0),
                WorkspaceExtensions.standard());
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=th-TH");
        // the console, to catch what the CSP refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void screenshot(TestInfo info) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(info.getTestMethod().orElseThrow().getName() + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void aThaiQueryTypedWithoutSpaces() {
        browser.get(url("/search"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("เรื่องร้องเรียน", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hits"), "ร้องเรียน"));
        assertFalse(browser.findElements(By.cssSelector(".hit mark")).isEmpty(), "highlighted");
        assertEquals("เรื่องร้องเรียน", browser.findElement(By.name("q")).getAttribute("value"));
    }

    @Test
    void aFacetClickNarrowsAndStaysInTheUrl() {
        browser.get(url("/search"));
        int before = Integer.parseInt(browser.findElement(By.id("total")).getText());
        browser.findElement(By.cssSelector("section[data-dim=province] a")).click();
        wait.until(ExpectedConditions.urlContains("province="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip")));
        int after = Integer.parseInt(browser.findElement(By.id("total")).getText());
        assertTrue(after < before, before + " -> " + after);
        String shared = browser.getCurrentUrl();
        browser.get(shared);
        assertEquals(after, Integer.parseInt(browser.findElement(By.id("total")).getText()), "a shared link");
    }

    @Test
    void aMeasureBesideItsPageImage() {
        Assumptions.assumeTrue(pdf, "no Thai font to make the PDF sample (apt-get install fonts-thai-tlwg)");
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("ความเสี่ยง", StandardCharsets.UTF_8) + "&province="
                + java.net.URLEncoder.encode("นครนายก", StandardCharsets.UTF_8)));
        browser.findElement(By.cssSelector(".hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-image")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 0;"));
        assertTrue(browser.findElement(By.id("measure-title")).getText().contains("ความเสี่ยง"));
        assertTrue(browser.findElement(By.id("original")).getAttribute("href").matches(".*/original/[0-9a-f]{64}"));
    }

    @Test
    void aScriptInATitleIsShownAsText() {
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("สินบน", StandardCharsets.UTF_8)));
        String title = browser.findElement(By.cssSelector(".hit a.title[href='/measure/" + "e".repeat(64) + "/1']"))
                .getText();
        assertTrue(title.contains("<script>alert(1)</script>"), title);
    }

    @Test
    void theCompareMatrixAndACellsMeasures() {
        browser.get(url("/compare"));
        WebElement matrix = browser.findElement(By.id("matrix"));
        assertTrue(matrix.findElements(By.cssSelector("tbody tr")).size() >= 2);
        browser.findElement(By.cssSelector("td.heat-4 a")).click();
        wait.until(ExpectedConditions.urlContains("/search"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
    }

    @Test
    void anExportDownload() throws Exception {
        browser.get(url("/search?province=" + java.net.URLEncoder.encode("พัทลุง", StandardCharsets.UTF_8)));
        browser.findElement(By.linkText("CSV")).click();
        Path csv = downloads.resolve("itaminer-export.csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(csv));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("ควนขนุน") && !text.contains("บ้านสวน"), text);
        try (Stream<Path> files = Files.list(downloads)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aReconciliationPage() {
        browser.get(url("/search"));
        browser.findElement(By.linkText("แผน ↔ รายงาน Reconcile")).click();
        wait.until(ExpectedConditions.urlContains("/reconcile"));
        WebElement agency = browser.findElement(By.name("agency"));
        agency.sendKeys("ห้วยยาง", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("agency="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.pair")));
        assertEquals("1", browser.findElement(By.id("reconciled")).getText());
        assertFalse(browser.findElements(By.cssSelector("tr.pair td.score")).isEmpty());
        assertTrue(browser.findElement(By.id("shares")).getText().contains("กระบี่"));
        browser.findElement(By.cssSelector("tr.pair td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measure-title")));
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.history")));
    }

    @Test
    void theYearOverYearPageDrawsItsChart() {
        browser.get(url("/reconcile?agency=" + java.net.URLEncoder.encode("ห้วยยาง", StandardCharsets.UTF_8)));
        browser.findElement(By.cssSelector("a.history")).click();
        wait.until(ExpectedConditions.urlContains("/history"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart[data-drawn=yes] canvas")));
        WebElement canvas = browser.findElement(By.cssSelector(".chart canvas"));
        assertTrue(canvas.getSize().getWidth() > 100 && canvas.getSize().getHeight() > 100, canvas.getSize().toString());
        assertTrue(browser.findElements(By.cssSelector("tr.year")).size() >= 2);
        assertFalse(browser.findElements(By.cssSelector("h2.change")).isEmpty());
        List<String> refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().map(Object::toString).filter(e -> e.contains("Content Security Policy")
                        || e.contains("Refused")).toList();
        assertTrue(refused.isEmpty(), "the CSP refused: " + refused);
    }

    @Test
    void aThemeFacetClickNarrows() {
        browser.get(url("/search"));
        int before = Integer.parseInt(browser.findElement(By.id("total")).getText());
        WebElement theme = browser.findElement(By.cssSelector("section[data-dim=theme] a"));
        theme.click();
        wait.until(ExpectedConditions.urlContains("theme="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip")));
        int after = Integer.parseInt(browser.findElement(By.id("total")).getText());
        assertTrue(after < before, before + " -> " + after);
    }

    @Test
    void aCompareCellOpensExactlyItsMeasures() {
        browser.get(url("/compare"));
        WebElement cell = browser.findElement(By.cssSelector("td.heat-4 a"));
        int n = Integer.parseInt(cell.getText());
        cell.click();
        wait.until(ExpectedConditions.urlContains("theme="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertEquals(n, browser.findElements(By.cssSelector(".hit")).size());
    }
}

package vn.dxhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.completeness.CompletenessTestData;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.Browser;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;

/** The completeness heat map and an indicator page in a real browser, signed in as a viewer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompletenessPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    ReportingCalendar calendar;

    private String due;
    private long hanoiDue;

    @BeforeEach
    void seed() {
        HubTestData.clean(jdbc);
        due = calendar.nextDue(calendar.today()).id();
        for (String period : List.of("2025Q4", "2026Q1", "2026Q2", "2026Q3")) {
            CompletenessTestData.store(store, jdbc, "1.4", "01", period, "7" + period.charAt(5), ObservationStatus.OFFICIAL, "bao-cao");
        }
        CompletenessTestData.store(store, jdbc, "1.4", "01", due, "82", ObservationStatus.PROVISIONAL, "bao-cao");
        hanoiDue = CompletenessTestData.store(store, jdbc, "1.4", "01", due, "84.5", ObservationStatus.OFFICIAL, "bao-cao");
        CompletenessTestData.store(store, jdbc, "1.4", "04", due, "64", ObservationStatus.PROVISIONAL, "lgsp");
        CompletenessTestData.reject(jdbc, CompletenessTestData.store(store, jdbc, "1.5", "08", due, "120", ObservationStatus.OFFICIAL, "excel"));
    }

    @Test
    void aViewerSeesThe34ProvincesTheCountdownAndAnIndicatorsChartWithRevisions() {
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.VIEWER);
            browser.open("/completeness");
            assertThat(browser.driver().findElements(By.cssSelector("tr.unit-row"))).hasSize(34);
            String countdown = browser.driver().findElement(By.id("countdown")).getText();
            assertThat(countdown).matches("Còn \\d+ ngày \\d+ giờ đến hạn nộp " + due + " \\(trước \\d\\d/\\d\\d/\\d{4}\\)");
            WebElement hanoi = browser.driver().findElement(By.cssSelector("tr[data-unit='01'] td[data-indicator='1.4']"));
            assertThat(hanoi.getAttribute("class")).contains("cell-official");
            assertThat(hanoi.getAttribute("title")).contains("84.5").contains("Chính thức");
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-unit='04'] td[data-indicator='1.4']")).getAttribute("class"))
                    .contains("cell-provisional");
            WebElement refused = browser.driver().findElement(By.cssSelector("tr[data-unit='08'] td[data-indicator='1.5']"));
            assertThat(refused.getAttribute("class")).contains("cell-rejected");
            assertThat(refused.getAttribute("title")).contains(CompletenessTestData.REASON);
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-unit='79'] td[data-indicator='1.4']")).getAttribute("class"))
                    .contains("cell-missing");
            browser.screenshot("completeness-grid");

            browser.driver().findElement(By.id("lang-switch")).click();
            browser.waitFor().until(ExpectedConditions.textMatches(By.id("countdown"), Pattern.compile("\\d+ days \\d+ hours left to submit " + due)));
            new Select(browser.driver().findElement(By.id("kind"))).selectByValue("ministry");
            browser.driver().findElement(By.id("show")).click();
            browser.waitFor().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Data completeness"));
            assertThat(browser.driver().findElements(By.cssSelector("tr.unit-row"))).hasSizeGreaterThanOrEqualTo(10).hasSizeLessThan(34);

            browser.open("/completeness?period=2026Q9");
            assertThat(browser.driver().findElement(By.id("bad-period")).getText()).contains("\"2026Q9\"").contains("2026Q4");
            assertThat(browser.driver().findElements(By.cssSelector("tr.unit-row"))).hasSize(34);

            browser.open("/indicators");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Indicator catalog");
            assertThat(browser.driver().findElements(By.cssSelector("tr.indicator-row"))).hasSize(59);
            browser.open("/completeness");
            // a cell with a value opens the indicator's page for that unit
            browser.driver().findElement(By.cssSelector("tr[data-unit='01'] td[data-indicator='1.4'] a")).click();
            browser.waitFor().until(d -> d.findElement(By.id("indicator-title")).getText().startsWith("1.4 Share of administrative-procedure dossiers"));
            assertThat(browser.driver().findElement(By.id("target2025")).getText()).isEqualTo("≥ 80%");
            assertThat(new Select(browser.driver().findElement(By.id("unit"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("01");
            browser.waitFor().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var c = document.getElementById('indicator-chart'); return !!(c && c.chart);"));
            Long points = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('indicator-chart').chart.data.labels.length;");
            assertThat(points).isEqualTo(5);
            assertThat(browser.driver().findElements(By.cssSelector("tr.value-row"))).hasSize(5);

            browser.driver().findElement(By.cssSelector("tr[data-observation='" + hanoiDue + "'] button.show-revisions")).click();
            List<WebElement> revisions = browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#revisions-" + hanoiDue + " tr.revision-row"), 2));
            assertThat(revisions.get(0).getText()).contains("84.5").contains("Official");
            assertThat(revisions.get(1).getText()).contains("82").contains("Provisional");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'end'});", revisions.get(1));
            browser.screenshot("indicator-page");
        }
    }
}

package vn.dxhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.support.Browser;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.LgspConsoleHub;

/**
 * The overview and a connector's page in a real browser: a connector made to fail in the LGSP simulator turns red on
 * the overview with its error in Vietnamese, its page shows the runs and the chart, and an operator pauses it.
 */
class ConnectorPagesTest extends LgspConsoleHub {

    @LocalServerPort
    int port;

    @Autowired
    ConnectorRunner runner;

    @BeforeEach
    @AfterEach
    void clean() {
        cleanHub();
    }

    private static WebElement row(WebDriver d, String connector) {
        return d.findElement(By.id("connector-" + connector));
    }

    @Test
    void aFailingConnectorTurnsRedOnTheOverviewAndAnOperatorPausesItOnItsPage() {
        runner.run("lgsp-c08", ConnectorRunner.Trigger.MANUAL);
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.OPERATOR);
            browser.open("/");
            WebDriver d = browser.driver();
            assertThat(d.findElements(By.cssSelector("#connectors tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("connector-file-c01", "connector-lgsp-c01", "connector-lgsp-c08", "connector-lgsp-daily");
            assertThat(row(d, "lgsp-c01").getAttribute("data-health")).isEqualTo("amber");
            assertThat(row(d, "lgsp-c01").findElement(By.className("reason-text")).getText()).isEqualTo("Chưa chạy lần nào");
            assertThat(row(d, "lgsp-c08").getAttribute("data-health")).isEqualTo("green");
            assertThat(d.findElement(By.id("total-green")).getText()).isEqualTo("Xanh: 1");

            lgspRefusesTheHub();
            runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);

            // no reload: the list refreshes itself every 10 seconds
            browser.waitFor().withTimeout(java.time.Duration.ofSeconds(25))
                    .until(w -> "red".equals(row(w, "lgsp-c01").getAttribute("data-health")));
            assertThat(row(d, "lgsp-c01").findElement(By.className("reason-text")).getText())
                    .startsWith("Lần chạy gần nhất thất bại (permanent): ").contains("401");
            assertThat(row(d, "lgsp-c01").findElement(By.className("badge")).getText()).isEqualTo("Đỏ");
            assertThat(d.findElement(By.id("total-red")).getText()).isEqualTo("Đỏ: 1");
            browser.screenshot("overview-red");

            row(d, "lgsp-c01").findElement(By.linkText("lgsp-c01")).click();
            browser.waitFor().until(w -> w.getCurrentUrl().endsWith("/connectors/lgsp-c01"));
            assertThat(d.findElement(By.id("health-badge")).getText()).isEqualTo("Đỏ");
            assertThat(d.findElement(By.id("last-error")).getText()).startsWith("(permanent) ").contains("401");
            List<WebElement> runs = d.findElements(By.cssSelector("#runs tbody tr"));
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).getText()).contains("chạy ngay").contains("thất bại");
            browser.waitFor().until(w -> Boolean.TRUE.equals(((JavascriptExecutor) w)
                    .executeScript("return typeof Chart !== 'undefined' && Chart.getChart('records-chart') !== undefined")));

            d.findElement(By.id("pause-reason")).sendKeys("cổng LGSP đổi mật khẩu");
            d.findElement(By.id("pause")).click();
            browser.waitFor().until(w -> w.findElement(By.id("connector-state-text")).getText().startsWith("Tạm dừng bởi operator lúc "));
            assertThat(d.findElement(By.id("connector-state-text")).getText()).endsWith(": cổng LGSP đổi mật khẩu");
            assertThat(d.findElement(By.id("action-outcome")).getText()).isEqualTo("Đã thực hiện");
            assertThat(d.findElements(By.id("resume"))).hasSize(1);
            browser.screenshot("connector-detail");

            d.findElement(By.id("resume")).click();
            browser.waitFor().until(w -> w.findElement(By.id("connector-state-text")).getText().equals("Đang hoạt động"));

            browser.open("/?lang=en");
            assertThat(row(d, "lgsp-c01").findElement(By.className("reason-text")).getText()).startsWith("The last run failed (permanent): ");
            assertThat(d.findElement(By.id("total-red")).getText()).isEqualTo("Red: 1");
        }
        assertThat(jdbc.sql("select action || ' ' || outcome || ' ' || actor from audit_log where action like 'connector.%' order by id")
                .query(String.class).list())
                .containsExactly("connector.pause allowed operator", "connector.resume allowed operator");
    }

    @Test
    void aViewerSeesTheConnectorButNoButtons() {
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.VIEWER);
            browser.open("/connectors/lgsp-daily");
            WebDriver d = browser.driver();
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Connector lgsp-daily");
            assertThat(d.findElement(By.id("next-fire")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:00");
            assertThat(d.findElements(By.id("pause"))).isEmpty();
            assertThat(d.findElements(By.id("run-now"))).isEmpty();
        }
    }
}

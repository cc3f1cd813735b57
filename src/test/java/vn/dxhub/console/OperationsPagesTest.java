package vn.dxhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.Browser;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.OutboxRows;
import vn.dxhub.support.QuarantinedRows;

/**
 * The quarantine workbench, deliveries and audit pages in a real browser, over rows the file-drop connector really
 * quarantined: an operator corrects one (a still-wrong correction first), a viewer may only read, dead deliveries are
 * replayed with a progress bar, and the audit log shows what was done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        QuarantinedRows.connector(registry);
    }

    private long row20;

    @BeforeEach
    void twoQuarantinedRows() {
        HubTestData.clean(jdbc);
        assertThat(QuarantinedRows.upload(http).getStatusCode().value()).isEqualTo(200);
        row20 = jdbc.sql("select id from quarantine where record_locator = ?").param(QuarantinedRows.ROW_20).query(Long.class).single();
    }

    private static void type(Browser browser, WebElement field, String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /** Delivery tests with workers on pick up pending rows other classes leave in the shared database. */
    @AfterEach
    void leaveNoPendingDeliveries() {
        HubTestData.clean(jdbc);
    }

    @Test
    void anOperatorCorrectsAQuarantinedRowAfterSeeingWhatIsStillWrong() {
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.OPERATOR);
            browser.open("/quarantine");
            assertThat(browser.driver().findElements(By.cssSelector("#quarantine-list tbody tr"))).hasSize(2);

            browser.driver().findElement(By.id("q-row-" + row20)).click();
            WebElement fragment = browser.waitFor().until(d -> d.findElement(By.id("entry-fragment")));
            assertThat(fragment.getText()).contains("135");
            assertThat(browser.driver().findElement(By.id("entry-reasons")).getText()).contains("tỷ lệ phần trăm phải từ 0 đến 100");
            assertThat(browser.driver().findElement(By.id("entry-request-ref")).getText()).isEqualTo("phu-luc-01-lao-cai.xlsx");
            WebElement correction = browser.driver().findElement(By.id("correction"));
            String suggested = correction.getAttribute("value");
            assertThat(suggested).contains("\"reportingUnit\" : \"15\"").contains("\"period\" : \"2026Q3\"").contains("135.2");
            browser.screenshot("quarantine-entry");

            browser.driver().findElement(By.id("resubmit")).click();
            WebElement problems = browser.waitFor().until(d -> d.findElement(By.id("problems")));
            assertThat(problems.getText()).contains("value").contains("135.2").contains("tỷ lệ phần trăm phải từ 0 đến 100");
            assertThat(browser.driver().findElement(By.id("q-row-" + row20)).isDisplayed()).isTrue();

            type(browser, browser.driver().findElement(By.id("correction")), suggested.replace("135.2", "35.2"));
            type(browser, browser.driver().findElement(By.id("note")), "gõ nhầm: 35,2%");
            browser.driver().findElement(By.id("resubmit")).click();
            WebElement stored = browser.waitFor().until(d -> d.findElement(By.id("entry-stored")));
            assertThat(stored.getText()).isEqualTo("Đã lưu (tạo mới): giá trị 35.2, phiên bản 1.");
            browser.waitFor().until(d -> d.findElements(By.id("q-row-" + row20)).isEmpty());
            assertThat(browser.driver().findElement(By.id("entry-resolution")).getText()).contains("Đã gửi lại bởi operator");
            browser.screenshot("quarantine-resubmitted");

            browser.open("/quarantine");
            assertThat(browser.driver().findElements(By.cssSelector("#quarantine-list tbody tr"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("q-row-" + row20))).isEmpty();
            browser.open("/quarantine?state=resubmitted&lang=en");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Quarantined records");
            assertThat(browser.driver().findElement(By.id("q-row-" + row20)).getText()).contains("Resubmitted").contains("operator");
            browser.open("/quarantine?lang=vi");
        }
        assertThat(jdbc.sql("""
                        select o.obs_value, o.revision, r.revision, o.unit_id, o.period_id from observation o
                        join observation_revision r on r.observation_id = o.id where o.connector_id = ? and o.obs_value = 35.2""")
                .param(QuarantinedRows.CONNECTOR)
                .query((rs, n) -> List.of(rs.getBigDecimal(1).stripTrailingZeros().toPlainString(), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5))).single()).isEqualTo(List.of("35.2", 1, 1, "15", "2026Q3"));
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery d join observation_revision r on r.id = d.revision_id"
                + " where r.obs_value = ?", new BigDecimal("35.2"))).isEqualTo(1);
    }

    @Test
    void aViewerReadsAnEntryWithoutTheActions() {
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.VIEWER);
            browser.open("/quarantine");
            browser.driver().findElement(By.id("q-row-" + row20)).click();
            browser.waitFor().until(d -> d.findElement(By.id("entry-fragment")));
            assertThat(browser.driver().findElements(By.id("resubmit"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("discard"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("entry-body")).getText()).contains("Bạn chỉ có quyền xem");

            // with the session's CSRF token, as the page's own scripts post: only the role is missing
            for (String action : List.of("/quarantine/" + row20 + "/resubmit", "/quarantine/" + row20 + "/discard", "/deliveries/replay-dead")) {
                Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        var headers = {'Content-Type': 'application/x-www-form-urlencoded'};
                        headers[document.querySelector('meta[name="csrf-header"]').content] = document.querySelector('meta[name="csrf-token"]').content;
                        fetch(arguments[0], {method: 'POST', headers: headers, body: 'correction=%7B%7D&reason=x'}).then(r => done(r.status));""",
                        action);
                assertThat(status).as(action).isEqualTo(403L);
            }
        }
        assertThat(jdbc.sql("select target from audit_log where actor = 'viewer' and action = 'http.denied' and outcome = 'denied' and target not like '%/api/%'")
                .query(String.class).list()).contains("POST /quarantine/" + row20 + "/resubmit", "POST /quarantine/" + row20 + "/discard",
                "POST /deliveries/replay-dead");
        assertThat(HubTestData.count(jdbc, "select count(*) from quarantine where id = ? and state = 'open'", row20)).isEqualTo(1);
    }

    @Test
    void anOperatorDiscardsWithAReasonOnly() {
        long row25 = jdbc.sql("select id from quarantine where record_locator = ?").param(QuarantinedRows.ROW_25).query(Long.class).single();
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.OPERATOR);
            browser.open("/quarantine");
            browser.driver().findElement(By.id("q-row-" + row25)).click();
            browser.waitFor().until(d -> d.findElement(By.id("discard"))).click();
            browser.waitFor().until(d -> d.findElement(By.id("discard-needs-reason")));
            browser.driver().findElement(By.id("discard-reason")).sendKeys("Lào Cai chưa có số liệu quý này");
            browser.driver().findElement(By.id("discard")).click();
            browser.waitFor().until(d -> d.findElement(By.id("entry-discarded")));
            browser.waitFor().until(d -> d.findElements(By.id("q-row-" + row25)).isEmpty());

            browser.open("/audit?action=quarantine.discard");
            String log = browser.driver().findElement(By.id("audit-list")).getText();
            assertThat(log).contains("quarantine " + row25 + " (file-up)").contains("Lào Cai chưa có số liệu quý này").contains("Được phép")
                    .contains("Thất bại").contains("thiếu lý do loại bỏ");
        }
    }

    @Test
    void anEntrySettledMeanwhileByAnotherOperatorIsSaidSoInTheReadersLanguage() {
        long row25 = jdbc.sql("select id from quarantine where record_locator = ?").param(QuarantinedRows.ROW_25).query(Long.class).single();
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.OPERATOR);
            browser.open("/quarantine");
            browser.driver().findElement(By.id("q-row-" + row25)).click();
            browser.waitFor().until(d -> d.findElement(By.id("discard-reason"))).sendKeys("trùng với bản ghi khác");
            assertThat(HubUsers.ADMIN.on(http).postForEntity("/api/quarantine/" + row25 + "/discard", java.util.Map.of("reason", "đã nhập tay"),
                    String.class).getStatusCode().value()).isEqualTo(200);

            browser.driver().findElement(By.id("discard")).click();
            String conflict = browser.waitFor().until(d -> d.findElement(By.id("entry-conflict"))).getText();
            assertThat(conflict).contains("đã được xử lý").contains("admin").doesNotContain(" / ").doesNotContain("already settled");
        }
    }

    @Test
    void deadDeliveriesAreReplayedWithAProgressBarAndTheirReceiptsShown() {
        List<Long> ids = OutboxRows.deliveries(store, tx, jdbc, IntStream.range(0, 120).mapToObj(i -> "P" + i).toList());
        OutboxRows.setState(jdbc, ids, "dead", "HTTP 503 Service Unavailable");
        jdbc.sql("insert into delivery_receipt (delivery_id, outcome, reason, received_at) values (?, 'rejected', 'kỳ đã khóa', current_timestamp)")
                .param(ids.get(119)).update();
        try (Browser browser = new Browser(port)) {
            browser.signIn(HubUsers.OPERATOR);
            browser.open("/deliveries?state=dead");
            assertThat(browser.driver().findElement(By.id("count-dead")).getText()).endsWith("120");
            assertThat(browser.driver().findElement(By.cssSelector(".pager .shown")).getText()).isEqualTo("Hiển thị 1–50 trên 120");
            browser.driver().findElement(By.id("d-row-" + ids.get(119))).click();
            assertThat(browser.waitFor().until(d -> d.findElement(By.id("delivery-receipts"))).getText()).contains("kỳ đã khóa");
            boolean drawn = (Boolean) ((JavascriptExecutor) browser.driver())
                    .executeScript("return Chart.getChart(document.getElementById('delivery-chart')) !== undefined;");
            assertThat(drawn).isTrue();

            browser.driver().findElement(By.id("replay-note")).sendKeys("đã sửa chứng chỉ");
            browser.driver().findElement(By.id("replay-dead")).click();
            WebElement job = browser.waitFor().until(d -> d.findElement(By.cssSelector("#replay-progress .job[data-state='SUCCEEDED']")));
            assertThat(job.getText()).contains("120/120 xong, 0 lỗi").contains("Đã gửi lại 120, bỏ qua 0");
            assertThat(job.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("120");
            browser.screenshot("deliveries-replayed");
        }
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery where state = 'pending' and id >= ?", ids.get(0))).isEqualTo(120);
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery where state = 'dead'")).isZero();
    }
}

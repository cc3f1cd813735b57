package vn.dxhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.store.ConnectorLeases;
import vn.dxhub.support.HubHttp;
import vn.dxhub.support.HubUsers;

/**
 * The alert monitor with conditions the test controls, announcing by webhook (a JDK HTTP server) and by e-mail
 * (GreenMail): opened alerts of a kind in one notice, nothing while they stay, one recovery notice when they clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.alerts.mail.to=truc-ban@so-tttt.example.gov.vn", "hub.alerts.mail.from=dxhub@so-tttt.example.gov.vn",
        "hub.alerts.webhook.secret=bi-mat-webhook", "hub.alerts.webhook.attempts=3", "hub.alerts.webhook.backoff=50ms",
        "spring.mail.host=127.0.0.1"})
@Import(AlertMonitorTest.Conditions.class)
@ExtendWith(OutputCaptureExtension.class)
class AlertMonitorTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    static final WebhookReceiver WEBHOOK = receiver();

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    AlertMonitor monitor;

    @Autowired
    Conditions conditions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamelContext camel;

    @Autowired
    Map<String, AlertCondition> allConditions;

    @Autowired
    AlertStore store;

    @Autowired
    Announcer announcer;

    @Autowired
    ConnectorLeases leases;

    @Autowired
    AlertSettings settings;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void notifiers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("hub.alerts.webhook.url", WEBHOOK::url);
    }

    /** Conditions whose answers the test sets: "lgsp" answers what it is given, "broken" may throw. */
    @TestConfiguration
    static class Conditions {

        final List<Alert> lgsp = new CopyOnWriteArrayList<>();
        final List<Alert> broken = new CopyOnWriteArrayList<>();
        volatile boolean brokenThrows;

        @Bean
        AlertCondition lgspCondition() {
            return () -> List.copyOf(lgsp);
        }

        @Bean
        AlertCondition brokenCondition() {
            return () -> {
                if (brokenThrows) {
                    throw new IllegalStateException("cơ sở dữ liệu của điều kiện đang bảo trì");
                }
                return List.copyOf(broken);
            };
        }
    }

    private static WebhookReceiver receiver() {
        try {
            return new WebhookReceiver();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopReceiver() {
        WEBHOOK.close();
    }

    @BeforeEach
    void clean() throws Exception {
        jdbc.sql("delete from alert_state").update();
        conditions.lgsp.clear();
        conditions.broken.clear();
        conditions.brokenThrows = false;
        WEBHOOK.reset();
        MAIL.purgeEmailFromAllMailboxes();
    }

    private static Alert failing(String connector) {
        return new Alert("connector-failing:" + connector, "connector-failing", "Connector " + connector + " lỗi liên tiếp",
                "Connector " + connector + " keeps failing", "3 lần chạy gần nhất đều lỗi", "the last 3 runs failed");
    }

    private JsonNode webhook(int index) throws Exception {
        return json.readTree(WEBHOOK.received().get(index).body());
    }

    @Test
    void openedAlertsOfAKindAreOneNoticeNothingWhileTheyStayAndOneRecoveryWhenTheyClear() throws Exception {
        conditions.lgsp.addAll(List.of(failing("lgsp-01"), failing("lgsp-02")));

        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(1);
        JsonNode opened = webhook(0);
        assertThat(opened.path("type").asText()).isEqualTo("opened");
        assertThat(opened.path("kind").asText()).isEqualTo("connector-failing");
        assertThat(opened.path("alerts").findValuesAsText("key")).containsExactly("connector-failing:lgsp-01", "connector-failing:lgsp-02");
        assertThat(opened.path("textVi").asText()).contains("Connector lgsp-02 lỗi liên tiếp: 3 lần chạy gần nhất đều lỗi");
        assertThat(WEBHOOK.received().get(0).headers().get("X-dxhub-alert-secret")).containsExactly("bi-mat-webhook");
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[DX Hub] Cảnh báo: Connector lgsp-01 lỗi liên tiếp (và 1 cảnh báo khác)"
                + " / Alert: Connector lgsp-01 keeps failing (and 1 more)");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body.indexOf("lgsp-02 lỗi liên tiếp")).isLessThan(body.indexOf("lgsp-02 keeps failing"));

        monitor.check();
        restartedMonitor().check();

        assertThat(WEBHOOK.received()).as("still open: nothing new, also after a restart").hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);

        conditions.lgsp.clear();
        monitor.check();
        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(2);
        JsonNode recovered = webhook(1);
        assertThat(recovered.path("type").asText()).isEqualTo("recovered");
        assertThat(recovered.path("alerts").findValuesAsText("key")).containsExactly("connector-failing:lgsp-01", "connector-failing:lgsp-02");
        assertThat(recovered.path("alerts").path(0).path("closedAt").asText()).isNotBlank();
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
        assertThat(MAIL.getReceivedMessages()[1].getSubject()).startsWith("[DX Hub] Đã phục hồi: Connector lgsp-01 lỗi liên tiếp (và 1 cảnh báo khác) / Recovered:");

        JsonNode listed = json.readTree(new HubHttp(port).get(HubUsers.VIEWER, "/api/alerts?limit=10").body());
        assertThat(listed.path("total").asLong()).isEqualTo(2);
        assertThat(listed.path("items").findValuesAsText("key")).containsExactlyInAnyOrder("connector-failing:lgsp-01", "connector-failing:lgsp-02");
        assertThat(listed.path("items").path(0).path("closedAt").asText()).isNotBlank();
    }

    @Test
    void kindsAreAnnouncedSeparately() throws Exception {
        conditions.lgsp.add(failing("lgsp-01"));
        conditions.broken.add(new Alert("deliveries-dead", "deliveries-dead", "12 bản ghi chuyển giao hỏng", "12 dead deliveries", null, null));

        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(2);
        assertThat(List.of(webhook(0).path("kind").asText(), webhook(1).path("kind").asText()))
                .containsExactlyInAnyOrder("connector-failing", "deliveries-dead");
    }

    @Test
    void theWebhookIsTriedAgainAfterA500() throws Exception {
        WEBHOOK.answer(500);
        conditions.lgsp.add(failing("lgsp-01"));

        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(2);
        assertThat(WEBHOOK.received().get(1).body()).isEqualTo(WEBHOOK.received().get(0).body());
        assertThat(notifiedAt("connector-failing:lgsp-01")).isNotNull();
    }

    @Test
    void aNoticeTheWebhookNeverTookIsSentAgainAtTheNextCheck() throws Exception {
        WEBHOOK.answer(503, 503, 503);
        conditions.lgsp.add(failing("lgsp-01"));

        monitor.check();

        assertThat(WEBHOOK.received()).as("three attempts").hasSize(3);
        assertThat(notifiedAt("connector-failing:lgsp-01")).as("not announced yet").isNull();

        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(4);
        assertThat(json.readTree(WEBHOOK.received().get(3).body()).path("type").asText()).isEqualTo("opened");
        assertThat(notifiedAt("connector-failing:lgsp-01")).isNotNull();
    }

    @Test
    void aConditionThatThrowsIsLoggedOnceKeepsItsAlertsAndStopsNoOther(CapturedOutput output) throws Exception {
        conditions.broken.add(new Alert("deliveries-dead", "deliveries-dead", "12 bản ghi chuyển giao hỏng", "12 dead deliveries", null, null));
        monitor.check();
        WEBHOOK.reset();

        conditions.brokenThrows = true;
        conditions.lgsp.add(failing("lgsp-01"));
        monitor.check();
        monitor.check();

        assertThat(WEBHOOK.received()).hasSize(1);
        assertThat(webhook(0).path("kind").asText()).isEqualTo("connector-failing");
        assertThat(jdbc.sql("select count(*) from alert_state where alert_key = 'deliveries-dead' and closed_at is null").query(Long.class).single())
                .as("not recovered: its condition could not say").isEqualTo(1);
        assertThat(output.getAll().split("Điều kiện cảnh báo brokenCondition lỗi", -1)).as("logged once").hasSize(2);
    }

    @Test
    void theMonitorRunsOnItsOwnTimerRoute() {
        assertThat(camel.getRoute(AlertRoutes.ROUTE_ID).getEndpoint().getEndpointUri()).contains("period=21600000");
    }

    private java.time.Instant notifiedAt(String key) {
        return jdbc.sql("select notified_at from alert_state where alert_key = :key and closed_at is null").param("key", key)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
    }

    /** A monitor as a restarted hub has it: nothing in memory, everything from the database. */
    private AlertMonitor restartedMonitor() {
        return new AlertMonitor(allConditions, store, announcer, leases, settings, clock);
    }
}

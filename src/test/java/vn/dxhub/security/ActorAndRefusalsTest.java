package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubUsers;

/**
 * Nobody acts under another's name (neither a header nor a parameter named like the actor header is believed), an
 * anonymous refusal cannot fill the audit log, and the console answers a refusal or a bad filter with its own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActorAndRefusalsTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> discardAsOperator(String query, String actorHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/quarantine/987654/discard" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (HubUsers.OPERATOR.name + ":" + HubUsers.OPERATOR.password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"thử\"}"));
        if (actorHeader != null) {
            request.header(ActorHeader.NAME, actorHeader);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long auditRows(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = :actor").param("actor", actor).query(Long.class).single();
    }

    @Test
    void theAuditedActorIsTheSignedInUserWhateverTheRequestClaims() throws Exception {
        long before = jdbc.sql("select count(*) from audit_log where actor = 'operator' and action = 'quarantine.discard' and target like '%987654%'")
                .query(Long.class).single();

        assertThat(discardAsOperator("", "ke-gia-mao").statusCode()).isEqualTo(404);
        assertThat(discardAsOperator("?" + ActorHeader.NAME + "=ke-gia-mao", null).statusCode()).isEqualTo(400);
        assertThat(discardAsOperator("?x-dxhub-actor=ke-gia-mao", null).statusCode()).isEqualTo(400);

        assertThat(auditRows("ke-gia-mao")).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'operator' and action = 'quarantine.discard' and target like '%987654%'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void anAnonymousRefusalIsNotAuditedButASignedInOneIs() throws Exception {
        long anonymous = auditRows("anonymous");
        ConsoleSession nobody = new ConsoleSession(port);
        assertThat(nobody.post("/connectors/x/pause", "", false).statusCode()).isEqualTo(403);
        assertThat(auditRows("anonymous")).isEqualTo(anonymous);

        ConsoleSession viewer = new ConsoleSession(port);
        viewer.signIn(HubUsers.VIEWER.name, HubUsers.VIEWER.password);
        viewer.get("/login");
        HttpResponse<String> refused = viewer.post("/connectors/x/pause", "", true);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Lỗi 403").contains("Vai trò của bạn không được phép thực hiện việc này");
    }

    @Test
    void aConsolePageWithABadFilterAnswers400WithTheProblemInTheReadersLanguage() throws Exception {
        ConsoleSession viewer = new ConsoleSession(port);
        viewer.signIn(HubUsers.VIEWER.name, HubUsers.VIEWER.password);

        HttpResponse<String> vietnamese = viewer.get("/audit?outcome=khong-biet");
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("Lỗi 400").contains("khong-biet");

        HttpResponse<String> english = viewer.get("/audit?outcome=khong-biet&lang=en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Error 400").contains("khong-biet");
    }
}

package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubHttp;
import vn.dxhub.support.HubUsers;

/**
 * Sign-ins and refusals as the audit log keeps them, a VIEWER refused in the console (with and without its CSRF
 * token), and the administrators' user list, which never shows a password hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private List<Map<String, Object>> audit(String actor, String action) {
        return jdbc.sql("select actor, action, target, outcome, before_state, after_state, detail from audit_log where actor = :actor and action = :action order by id")
                .param("actor", actor).param("action", action).query().listOfRows();
    }

    @Test
    void aRefusedFormSignInIsAuditedUnderTheNameTriedNeverThePassword() throws Exception {
        HttpResponse<String> refused = new ConsoleSession(port).signIn("nguoi-la-form", "mat-khau-doan-thu-1");

        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        List<Map<String, Object>> rows = audit("nguoi-la-form", "login.failed");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("outcome", "denied");
        assertThat(rows.get(0).toString()).doesNotContain("mat-khau-doan-thu-1");
    }

    @Test
    void aRefusedBasicSignInIsAuditedToo() {
        HttpResponse<String> answer = new HubHttp(port).call("nguoi-la-basic", "mat-khau-doan-thu-2", "GET", "/api/alerts", null, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        List<Map<String, Object>> rows = audit("nguoi-la-basic", "login.failed");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("outcome", "denied");
        assertThat(rows.get(0).toString()).doesNotContain("mat-khau-doan-thu-2");
    }

    @Test
    void aConsoleSignInIsAuditedAndShownInTheUserList() throws Exception {
        HttpResponse<String> signedIn = new ConsoleSession(port).signIn(HubUsers.OPERATOR.name, HubUsers.OPERATOR.password);

        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(audit("operator", "login")).last().satisfies(row -> {
            assertThat(row).containsEntry("outcome", "allowed");
            assertThat(row.get("detail").toString()).contains("local").contains("OPERATOR");
        });
        JsonNode users = new ObjectMapper().readTree(new HubHttp(port).get(HubUsers.ADMIN, "/api/admin/users").body());
        JsonNode operator = java.util.stream.StreamSupport.stream(users.spliterator(), false)
                .filter(u -> u.path("name").asText().equals("operator")).findFirst().orElseThrow();
        assertThat(operator.path("lastSignedInAt").asText()).isNotBlank();
    }

    @Test
    void aViewerPostingInTheConsoleIsRefusedAndAudited() throws Exception {
        ConsoleSession viewer = new ConsoleSession(port);
        viewer.signIn(HubUsers.VIEWER.name, HubUsers.VIEWER.password);
        viewer.get("/login");

        HttpResponse<String> withToken = viewer.post("/quarantine/zz-khong-co/discard", "reason=thu", true);
        HttpResponse<String> withoutToken = viewer.post("/connectors/zz-khong-co/pause", "", false);

        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select target from audit_log where actor = 'viewer' and outcome = 'denied' and action = 'http.denied'")
                .query(String.class).list()).contains("POST /quarantine/zz-khong-co/discard", "POST /connectors/zz-khong-co/pause");
    }

    @Test
    void onlyAnAdministratorSeesTheUsersAndNeverAHash() throws Exception {
        HubHttp http = new HubHttp(port);

        HttpResponse<String> list = http.get(HubUsers.ADMIN, "/api/admin/users");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode users = new ObjectMapper().readTree(list.body());
        assertThat(users.findValuesAsText("name")).contains("viewer", "operator", "admin");
        assertThat(users.findValuesAsText("source")).containsOnly("local");
        assertThat(users.path(2).path("roles").path(0).asText()).isEqualTo("ADMIN");
        assertThat(list.body()).doesNotContain("bcrypt").doesNotContain("$2a$").doesNotContainIgnoringCase("hash");
        assertThat(http.get(HubUsers.OPERATOR, "/api/admin/users").statusCode()).isEqualTo(403);

        HttpResponse<String> page = http.get(HubUsers.ADMIN, "/admin/users");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"user-operator\"", "Người dùng", "Cục bộ").doesNotContain("$2a$");
        assertThat(http.get(HubUsers.OPERATOR, "/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutAnIssuerNothingOfOidcIsActive() throws Exception {
        assertThat(context.getBeanNamesForType(org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OidcUsers.class)).isEmpty();

        ConsoleSession session = new ConsoleSession(port);
        assertThat(session.get("/login").body()).doesNotContain("sign-in-oidc").contains("id=\"username\"");
        assertThat(session.get("/oauth2/authorization/hub").headers().firstValue("Location").orElse("")).as("no provider to go to").endsWith("/login");
    }
}

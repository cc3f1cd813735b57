package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubHttp;
import vn.dxhub.support.HubUsers;

/**
 * Signing in with an organisation account through an OIDC provider (a fake one on a JDK HTTP server): the roles claim,
 * mapped by the settings, decides what the account may do; an account with no mapped role is refused and told why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.security.oidc.client-id=dxhub", "hub.security.oidc.client-secret=bi-mat-oidc",
        "hub.security.oidc.role-mapping[dxhub-van-hanh]=OPERATOR", "hub.security.oidc.role-mapping[dxhub-quan-tri]=ADMIN"})
class OidcSignInTest {

    static final FakeOidcProvider PROVIDER = provider();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("hub.security.oidc.issuer-uri", PROVIDER::issuer);
    }

    private static FakeOidcProvider provider() {
        try {
            return new FakeOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    /** Follows the sign-in link to the provider and back, as the account given; answers where the hub sends the browser then. */
    private String signIn(ConsoleSession session, String name, List<String> roles) throws Exception {
        HttpResponse<String> toProvider = session.get("/oauth2/authorization/hub");
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(PROVIDER.issuer() + "/auth?");
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("client_id", "dxhub");
        PROVIDER.nextSignIn(new FakeOidcProvider.Account(name, roles, query.get("nonce")));
        HttpResponse<String> back = session.get("/login/oauth2/code/hub?code=ma-dung-mot-lan&state=" + query.get("state"));
        return back.headers().firstValue("Location").orElse("");
    }

    @Test
    void theSignInPageOffersTheOrganisationAccount() throws Exception {
        HttpResponse<String> page = new ConsoleSession(port).get("/login");

        assertThat(page.body()).contains("id=\"sign-in-oidc\"", "Đăng nhập bằng tài khoản tổ chức", "id=\"username\"");
    }

    @Test
    void theMappedRoleDecidesWhatTheAccountMayDo() throws Exception {
        ConsoleSession operator = new ConsoleSession(port);
        assertThat(signIn(operator, "nguyen.van.a", List.of("nhan-vien", "dxhub-van-hanh"))).doesNotContain("/login");
        assertThat(operator.get("/admin/users").statusCode()).as("an operator is no administrator").isEqualTo(403);

        ConsoleSession admin = new ConsoleSession(port);
        signIn(admin, "tran.thi.b", List.of("dxhub-quan-tri"));
        HttpResponse<String> users = admin.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("nguyen.van.a", "Tài khoản tổ chức");

        JsonNode listed = new ObjectMapper().readTree(new HubHttp(port).get(HubUsers.ADMIN, "/api/admin/users").body());
        JsonNode account = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(u -> u.path("name").asText().equals("nguyen.van.a")).findFirst().orElseThrow();
        assertThat(account.path("source").asText()).isEqualTo("oidc");
        assertThat(account.path("roles").toString()).isEqualTo("[\"OPERATOR\"]");
        assertThat(jdbc.sql("select detail from audit_log where actor = 'nguyen.van.a' and action = 'login' and outcome = 'allowed'")
                .query(String.class).list()).anySatisfy(d -> assertThat(d).contains("oidc", "OPERATOR"));
    }

    @Test
    void anAccountWithNoMappedRoleIsRefusedAndToldWhy() throws Exception {
        ConsoleSession session = new ConsoleSession(port);

        String sentTo = signIn(session, "le.van.c", List.of("nhan-vien"));

        assertThat(sentTo).endsWith("/login?norole");
        assertThat(session.get("/login?norole").body()).contains("chưa được gán vai trò nào trong DX Hub");
        assertThat(session.get("/admin/users").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.sql("select detail from audit_log where actor = 'le.van.c' and action = 'login.failed' and outcome = 'denied'")
                .query(String.class).list()).anySatisfy(d -> assertThat(d).contains("roles=[nhan-vien]"));
    }
}

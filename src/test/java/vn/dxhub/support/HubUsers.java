package vn.dxhub.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** The quick start's users (application.yml), one per role, as tests sign in with them. */
public enum HubUsers {
    VIEWER("viewer", "xem-dxhub"),
    OPERATOR("operator", "van-hanh-dxhub"),
    ADMIN("admin", "quan-tri-dxhub");

    public final String name;
    public final String password;

    HubUsers(String name, String password) {
        this.name = name;
        this.password = password;
    }

    /** The test client signed in as this user (HTTP Basic on every request). */
    public TestRestTemplate on(TestRestTemplate http) {
        return http.withBasicAuth(name, password);
    }
}

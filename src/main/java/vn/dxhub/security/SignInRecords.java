package vn.dxhub.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last console sign-in of each user (table user_sign_in): organisation accounts exist in the hub only through it. */
@Repository
class SignInRecords {

    static final String LOCAL = "local";
    static final String OIDC = "oidc";

    /** One user's last sign-in. */
    record SignIn(String name, String source, List<String> roles, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void signedIn(String name, String source, List<String> roles) {
        Timestamp now = Timestamp.from(clock.instant());
        String joined = String.join(",", roles);
        if (update(name, source, joined, now) == 0) {
            try {
                jdbc.sql("insert into user_sign_in (user_name, source, roles, last_signed_in_at) values (:name, :source, :roles, :at)")
                        .param("name", name).param("source", source).param("roles", joined).param("at", now).update();
            } catch (DuplicateKeyException signedInTwiceAtOnce) {
                update(name, source, joined, now);
            }
        }
    }

    List<SignIn> all() {
        return jdbc.sql("select user_name, source, roles, last_signed_in_at from user_sign_in order by user_name")
                .query((rs, n) -> new SignIn(rs.getString("user_name"), rs.getString("source"),
                        rs.getString("roles").isEmpty() ? List.of() : List.of(rs.getString("roles").split(",")),
                        rs.getTimestamp("last_signed_in_at").toInstant()))
                .list();
    }

    private int update(String name, String source, String roles, Timestamp now) {
        return jdbc.sql("update user_sign_in set source = :source, roles = :roles, last_signed_in_at = :at where user_name = :name")
                .param("source", source).param("roles", roles).param("at", now).param("name", name).update();
    }
}

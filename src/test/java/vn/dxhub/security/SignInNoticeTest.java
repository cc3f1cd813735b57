package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dxhub.support.HubUsers;

/** The start-up notice tells a newcomer how to sign in, and never shows a password a deployment chose itself. */
class SignInNoticeTest {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private SecuritySettings.User user(String name, String password, Role role) {
        SecuritySettings.User user = new SecuritySettings.User();
        user.setName(name);
        user.setPasswordHash(passwords.encode(password));
        user.setRoles(List.of(role));
        return user;
    }

    @Test
    void showsTheQuickStartPasswordsVietnameseFirst() {
        String text = SignInNotice.text("http://localhost:8080/", List.of(user(HubUsers.VIEWER.name, HubUsers.VIEWER.password, Role.VIEWER),
                user(HubUsers.ADMIN.name, HubUsers.ADMIN.password, Role.ADMIN)), false, passwords);

        assertThat(text).contains("Bảng điều khiển: http://localhost:8080/", "  - viewer (VIEWER), mật khẩu: xem-dxhub",
                "  - admin (ADMIN), mật khẩu: quan-tri-dxhub", "Console: http://localhost:8080/", "  - admin (ADMIN), password: quan-tri-dxhub");
        assertThat(text.indexOf("mật khẩu")).isLessThan(text.indexOf("password"));
    }

    @Test
    void neverShowsAPasswordTheDeploymentSetItself() {
        String text = SignInNotice.text("http://localhost:8080/", List.of(user("admin", "mat-khau-rieng-cua-so", Role.ADMIN),
                user("to-truong", "xem-dxhub", Role.OPERATOR)), true, passwords);

        assertThat(text).contains("  - admin (ADMIN), mật khẩu do bạn đặt", "  - admin (ADMIN), your own password",
                        "  - to-truong (OPERATOR), mật khẩu do bạn đặt", "tài khoản tổ chức: bật")
                .doesNotContain("mat-khau-rieng-cua-so").doesNotContain("xem-dxhub");
    }

    @Test
    void saysWhenNobodyMaySignIn() {
        assertThat(SignInNotice.text("http://localhost:8080/", List.of(), false, passwords))
                .contains("hub.security.users", "hub.security.oidc.issuer-uri");
    }
}

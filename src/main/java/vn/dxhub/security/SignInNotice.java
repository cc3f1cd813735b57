package vn.dxhub.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How to sign in, as the hub logs it once it is ready: the console's address, each user with its role, and the
 * password only of a user still on the documented quick-start password (the hash matches it). A deployment that set
 * its own hashes never sees a password in its log.
 */
final class SignInNotice {

    /** The quick start's documented passwords (README, "Đăng nhập / Signing in"), by user name. */
    static final Map<String, String> QUICK_START_PASSWORDS = Map.of(
            "viewer", "xem-dxhub", "operator", "van-hanh-dxhub", "admin", "quan-tri-dxhub");

    private SignInNotice() {
    }

    static String text(String consoleUrl, List<SecuritySettings.User> users, boolean oidc, PasswordEncoder passwords) {
        StringBuilder vi = new StringBuilder("DX Hub đã sẵn sàng. Bảng điều khiển: " + consoleUrl + "\n");
        StringBuilder en = new StringBuilder("DX Hub is ready. Console: " + consoleUrl + "\n");
        for (SecuritySettings.User user : users) {
            String roles = String.join(",", user.getRoles().stream().map(Role::name).toList());
            String documented = QUICK_START_PASSWORDS.get(user.getName());
            boolean quickStart = documented != null && passwords.matches(documented, user.getPasswordHash());
            vi.append("  - ").append(user.getName()).append(" (").append(roles).append(")")
                    .append(quickStart ? ", mật khẩu: " + documented : ", mật khẩu do bạn đặt").append('\n');
            en.append("  - ").append(user.getName()).append(" (").append(roles).append(")")
                    .append(quickStart ? ", password: " + documented : ", your own password").append('\n');
        }
        if (oidc) {
            vi.append("  Đăng nhập bằng tài khoản tổ chức: bật (OIDC)\n");
            en.append("  Sign-in with organisation accounts: on (OIDC)\n");
        }
        if (users.isEmpty() && !oidc) {
            vi.append("  Chưa có ai được đăng nhập: khai báo hub.security.users hoặc hub.security.oidc.issuer-uri\n");
            en.append("  Nobody may sign in yet: declare hub.security.users or hub.security.oidc.issuer-uri\n");
        }
        return vi.append(en).toString();
    }
}

package vn.dxhub.security;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.dxhub.config.HubProperties;
import vn.dxhub.config.MissingSettingsException;

/**
 * prod has no default password: a prod hub with neither local users nor an OIDC provider refuses to start, naming
 * both ways of letting people in. Checked as soon as the settings are read, before anything connects anywhere.
 */
class ProdSignInCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder settings = Binder.get(environment);
        boolean prod = settings.bind("hub.mode", HubProperties.Mode.class).orElse(HubProperties.Mode.QUICKSTART) == HubProperties.Mode.PROD;
        boolean users = !settings.bind("hub.security.users", Bindable.listOf(SecuritySettings.User.class)).orElse(List.of()).isEmpty();
        String issuer = environment.getProperty("hub.security.oidc.issuer-uri", "");
        if (prod && !users && issuer.isBlank()) {
            throw new MissingSettingsException("việc đăng nhập", "signing in", List.of(
                    "hub.security.users (HUB_SECURITY_USERS_0_NAME, HUB_SECURITY_USERS_0_PASSWORD_HASH, HUB_SECURITY_USERS_0_ROLES): "
                            + "chế độ prod không có mật khẩu mặc định, hãy khai báo người dùng với mã băm mật khẩu "
                            + "/ prod has no default password: declare users with password hashes",
                    "hoặc / or hub.security.oidc.issuer-uri (HUB_OIDC_ISSUER_URI) với / with hub.security.oidc.client-id (HUB_OIDC_CLIENT_ID) "
                            + "và / and HUB_OIDC_CLIENT_SECRET: đăng nhập bằng tài khoản tổ chức / sign in with organisation accounts"));
        }
    }
}

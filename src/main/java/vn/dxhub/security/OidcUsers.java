package vn.dxhub.security;

import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.dxhub.store.AuditLog;

/**
 * An organisation account signing in: the provider vouches for who it is, the hub decides what it may do from the
 * roles claim. An account with no mapped role is refused (audited), and the sign-in page says why.
 */
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal for want of a role; the sign-in page explains it. */
    static final String NO_ROLE = "dxhub_no_role";

    private final OidcUserService provider = new OidcUserService();
    private final OidcRoles roles;
    private final SecuritySettings.Oidc settings;
    private final AuditLog audit;

    OidcUsers(SecuritySettings.Oidc settings, AuditLog audit) {
        this.settings = settings;
        this.roles = new OidcRoles(settings.getRolesClaim(), settings.getRoleMapping());
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser account = provider.loadUser(request);
        String nameClaim = account.getClaims().get(settings.getUserNameClaim()) != null ? settings.getUserNameClaim() : "sub";
        Set<Role> granted = roles.of(account.getClaims());
        if (granted.isEmpty()) {
            String name = String.valueOf(account.getClaims().get(nameClaim));
            String seen = settings.getRolesClaim() + "=" + roles.values(account.getClaims());
            audit.record(new AuditLog.Action(SignIns.actor(name), "login.failed", "oidc", AuditLog.Outcome.DENIED, null, null,
                    "không có vai trò nào được ánh xạ / no mapped role: " + seen));
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE,
                    "tài khoản chưa được gán vai trò DX Hub / the account has no DX Hub role (" + seen + ")", null));
        }
        return new DefaultOidcUser(granted.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                account.getIdToken(), account.getUserInfo(), nameClaim);
    }
}

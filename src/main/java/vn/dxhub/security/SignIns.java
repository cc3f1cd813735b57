package vn.dxhub.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.dxhub.store.AuditLog;

/**
 * Sign-ins as the audit log keeps them: a console sign-in (form or organisation account) is "login" allowed and
 * remembered for the user list; a refused one, in the console or by HTTP Basic, is "login.failed" denied under the
 * name that was tried. A password is never written anywhere.
 */
@Component
class SignIns extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignIns.class);
    private static final int ACTOR_LENGTH = 120;

    private final AuditLog audit;
    private final SignInRecords records;

    SignIns(AuditLog audit, SignInRecords records) {
        this.audit = audit;
        this.records = records;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws ServletException, IOException {
        String source = signedIn instanceof OAuth2AuthenticationToken ? SignInRecords.OIDC : SignInRecords.LOCAL;
        List<String> roles = roles(signedIn);
        try {
            audit.record(new AuditLog.Action(actor(signedIn.getName()), "login", "console", AuditLog.Outcome.ALLOWED, null, null,
                    "nguồn / source: " + source + ", vai trò / roles: " + String.join(",", roles)));
            records.signedIn(signedIn.getName(), source, roles);
        } catch (RuntimeException e) {
            log.warn("Không ghi được lần đăng nhập của {} / cannot record the sign-in: {}", signedIn.getName(), e.getMessage());
        }
        super.onAuthenticationSuccess(request, response, signedIn);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication().getName();
        try {
            audit.record(new AuditLog.Action(actor(tried), "login.failed", null, AuditLog.Outcome.DENIED, null, null,
                    event.getException().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            log.warn("Không ghi được lần đăng nhập bị từ chối của {} / cannot audit the refused sign-in: {}", tried, e.getMessage());
        }
    }

    /** The name as the audit log can hold it; a blank name is still someone's attempt. */
    static String actor(String name) {
        String actor = name == null || name.isBlank() ? "(trống / empty)" : name;
        return actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH);
    }

    private static List<String> roles(Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted().toList();
    }
}

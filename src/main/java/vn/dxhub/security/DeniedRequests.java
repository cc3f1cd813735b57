package vn.dxhub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.dxhub.ops.ApiError;
import vn.dxhub.store.AuditLog;

/**
 * Answers a request its caller may not make: 401 when nobody is signed in (API), 403 when the signed-in role is not
 * enough. A signed-in user's 403 is written to the audit log with who tried what (an anonymous one is not: anyone could fill
 * the log); the API answers in JSON, the console with its error page.
 */
@Component
class DeniedRequests implements AccessDeniedHandler, AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(DeniedRequests.class);

    private final AuditLog audit;
    private final ObjectMapper json;

    DeniedRequests(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String what = request.getMethod() + " " + request.getRequestURI();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            // nobody signed in (a form posted without its CSRF token): no one to hold to account, and anyone could fill the log
            log.debug("Từ chối yêu cầu ẩn danh / anonymous request refused: {}", what);
        } else {
            audit(who, what);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(response, HttpServletResponse.SC_FORBIDDEN, new ApiError(null, null,
                    "Vai trò của bạn không được phép thực hiện việc này", "your role may not do this", null));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void audit(Authentication who, String what) {
        String roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.joining(","));
        try {
            audit.record(new AuditLog.Action(who.getName(), "http.denied", what, AuditLog.Outcome.DENIED, null, null, "vai trò / roles: " + roles));
        } catch (RuntimeException e) {
            log.warn("Không ghi được nhật ký từ chối {} của {} / cannot audit the denial: {}", what, who.getName(), e.getMessage());
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"DX Hub\", charset=\"UTF-8\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, new ApiError(null, null,
                "Cần đăng nhập (HTTP Basic hoặc phiên của bảng điều khiển)", "sign-in required (HTTP Basic)", null));
    }

    private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}

package vn.dxhub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the signed-in user's name to the API routes as the request header {@value #NAME}. Camel's platform-http runs a
 * route on its own thread, where Spring Security's thread-bound context is not seen; a request header travels with
 * the exchange. Whatever a caller sends as a header of that name is dropped, and a request with a query or form
 * parameter of that name is refused (400), so nobody can act under another's name.
 */
public class ActorHeader extends OncePerRequestFilter {

    /** The header an API route reads the actor from: {@code @Header(ActorHeader.NAME) String actor}. */
    public static final String NAME = "X-DxHub-Actor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        // Camel also copies query and form parameters into the headers: a parameter of that name would ride along
        if (Collections.list(request.getParameterNames()).stream().anyMatch(NAME::equalsIgnoreCase)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "tham số " + NAME + " không được phép / the parameter " + NAME + " is not allowed");
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String actor = signedIn != null && signedIn.isAuthenticated() ? signedIn.getName() : null;
        chain.doFilter(new WithActor(request, actor), response);
    }

    private static final class WithActor extends HttpServletRequestWrapper {

        private final String actor;

        WithActor(HttpServletRequest request, String actor) {
            super(request);
            this.actor = actor;
        }

        @Override
        public String getHeader(String name) {
            return NAME.equalsIgnoreCase(name) ? actor : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (NAME.equalsIgnoreCase(name)) {
                return actor == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(actor));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!NAME.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            if (actor != null) {
                names.add(NAME);
            }
            return Collections.enumeration(names);
        }
    }
}

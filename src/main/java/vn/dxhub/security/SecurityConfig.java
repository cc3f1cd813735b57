package vn.dxhub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call what. The API (/api/**) takes HTTP Basic on every request and keeps no session, so a browser's cookie
 * never authorises an API call (no cross-site request forgery on the API). The console takes a form login with a
 * session and CSRF tokens. In both: reading needs VIEWER, changing anything needs OPERATOR, /api/admin/** and /admin/**
 * need ADMIN. Health probes and static files are open, and so are the simulators (never present in prod; see
 * {@link SimulatorSecurityConfig}). With hub.security.oidc.issuer-uri set, the console also signs in organisation
 * accounts ({@link OidcConfig}). Only the API needs {@link ActorHeader}: console controllers take the Principal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfig {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.OPERATOR.name())
                .role(Role.OPERATOR.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService hubUsers(SecuritySettings settings) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (SecuritySettings.User user : settings.getUsers()) {
            users.createUser(User.withUsername(user.getName()).password(user.getPasswordHash())
                    .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new)).build());
        }
        return users;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, DeniedRequests denied) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
                        .anyRequest().hasRole(Role.OPERATOR.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(denied))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ActorHeader(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, DeniedRequests denied, SignIns signIns, ObjectProvider<OidcUsers> oidcUsers) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasRole(Role.VIEWER.name())
                        .anyRequest().hasRole(Role.OPERATOR.name()))
                .formLogin(form -> form.loginPage("/login").successHandler(signIns).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // Prometheus scrapes /actuator/prometheus with Basic credentials
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied));
        OidcUsers organisationAccounts = oidcUsers.getIfAvailable();
        if (organisationAccounts != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(accounts -> accounts.oidcUserService(organisationAccounts))
                    .successHandler(signIns)
                    .failureHandler(SecurityConfig::organisationAccountRefused));
        }
        return http.build();
    }

    /** Back to the sign-in page, which says whether the account lacks a role or the provider failed. */
    private static void organisationAccountRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean noRole = refused instanceof OAuth2AuthenticationException oauth && OidcUsers.NO_ROLE.equals(oauth.getError().getErrorCode());
        response.sendRedirect(request.getContextPath() + (noRole ? "/login?norole" : "/login?oidcerror"));
    }
}

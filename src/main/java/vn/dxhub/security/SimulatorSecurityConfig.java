package vn.dxhub.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulators (/sandbox/**, never served in prod) stand for outside systems with their own credentials: the LGSP and
 * national token endpoints take the caller's client id and secret as HTTP Basic, which the hub's own sign-in must not
 * read as a hub user. No hub authentication, session or CSRF applies there.
 */
@Configuration(proxyBeanMethods = false)
class SimulatorSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain simulators(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }
}

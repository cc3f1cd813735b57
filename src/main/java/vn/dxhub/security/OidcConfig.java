package vn.dxhub.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import vn.dxhub.store.AuditLog;

/**
 * Sign-in with the organisation's OIDC provider, present only when hub.security.oidc.issuer-uri is set: without it
 * nothing of OIDC is made and the provider is never called. With it, the provider's discovery document is read at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${hub.security.oidc.issuer-uri:}'.isBlank()")
class OidcConfig {

    /** The registration id, part of the sign-in link /oauth2/authorization/hub and the redirect /login/oauth2/code/hub. */
    static final String REGISTRATION = "hub";

    @Bean
    ClientRegistrationRepository oidcProvider(SecuritySettings settings) {
        SecuritySettings.Oidc oidc = settings.getOidc();
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.getIssuerUri())
                .registrationId(REGISTRATION)
                .clientId(oidc.getClientId())
                .clientSecret(oidc.getClientSecret())
                .scope(oidc.getScopes())
                .userNameAttributeName(oidc.getUserNameClaim())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OidcUsers oidcUsers(SecuritySettings settings, AuditLog audit) {
        return new OidcUsers(settings.getOidc(), audit);
    }
}

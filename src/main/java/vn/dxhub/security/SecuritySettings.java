package vn.dxhub.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Who may sign in to the console and the API, and with which role. */
@Validated
@ConfigurationProperties(prefix = "hub.security")
public class SecuritySettings {

    /**
     * Local users. Each has a name, a password hash (never a password: "{bcrypt}$2a$10$...", made for example with
     * "htpasswd -bnBC 10 '' password" with the "{bcrypt}" prefix added) and one role. The quick start declares three;
     * prod declares none.
     */
    @Valid
    private List<User> users = new ArrayList<>();

    @Valid
    private final Oidc oidc = new Oidc();

    public Oidc getOidc() {
        return oidc;
    }

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    /** One local user. */
    public static class User {

        /** The sign-in name. */
        @NotBlank
        private String name;

        /** The password hash with its encoding prefix, e.g. {bcrypt}$2a$10$...; a plain password is refused. */
        @NotBlank
        @Pattern(regexp = "\\{(bcrypt|argon2|pbkdf2|scrypt)[^}]*}.+", message = "phải là mã băm có tiền tố, ví dụ {bcrypt}$2a$10$... / must be a hash with its prefix, e.g. {bcrypt}$2a$10$...")
        private String passwordHash;

        /** The user's role: VIEWER, OPERATOR or ADMIN. */
        @NotEmpty
        private List<Role> roles = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public void setPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }
    }

    /**
     * Sign-in with the organisation's accounts (OpenID Connect). Off while {@code issuer-uri} is empty; set, the hub reads
     * the provider's discovery document at start and the sign-in page offers "Đăng nhập bằng tài khoản tổ chức".
     */
    public static class Oidc {

        /** The provider's issuer, e.g. https://sso.tinh.gov.vn/realms/dxhub (HUB_OIDC_ISSUER_URI); empty = OIDC off. */
        private String issuerUri = "";

        /** The hub's client id at the provider (HUB_OIDC_CLIENT_ID). */
        private String clientId = "";

        /** The hub's client secret, from the environment only (HUB_OIDC_CLIENT_SECRET), never written in a file. */
        private String clientSecret = "";

        /** Scopes asked for at sign-in. */
        private List<String> scopes = new ArrayList<>(List.of("openid", "profile"));

        /** The claim naming the user in the hub (audit log, user list). */
        @NotBlank
        private String userNameClaim = "preferred_username";

        /** The claim carrying the user's roles at the provider: a list or a space/comma separated text; a dotted path reaches into an object (realm_access.roles). */
        @NotBlank
        private String rolesClaim = "roles";

        /**
         * Which claim value gives which hub role, e.g. hub.security.oidc.role-mapping.dxhub-admin=ADMIN. Nothing is mapped
         * unless set: a user whose claim has no mapped value is refused and told why.
         */
        private Map<String, Role> roleMapping = new LinkedHashMap<>();

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        public String getIssuerUri() { return issuerUri; }
        public void setIssuerUri(String issuerUri) { this.issuerUri = issuerUri; }
        public String getClientId() { return clientId; }
        public void setClientId(String clientId) { this.clientId = clientId; }
        public String getClientSecret() { return clientSecret; }
        public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
        public List<String> getScopes() { return scopes; }
        public void setScopes(List<String> scopes) { this.scopes = scopes; }
        public String getUserNameClaim() { return userNameClaim; }
        public void setUserNameClaim(String userNameClaim) { this.userNameClaim = userNameClaim; }
        public String getRolesClaim() { return rolesClaim; }
        public void setRolesClaim(String rolesClaim) { this.rolesClaim = rolesClaim; }
        public Map<String, Role> getRoleMapping() { return roleMapping; }
        public void setRoleMapping(Map<String, Role> roleMapping) { this.roleMapping = roleMapping; }
    }
}

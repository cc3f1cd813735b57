package vn.dxhub.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
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
}

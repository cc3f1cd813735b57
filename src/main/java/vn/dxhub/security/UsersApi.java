package vn.dxhub.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may sign in (GET /api/admin/users and the console's /admin/users, ADMIN only): the local users of
 * hub.security.users, then the organisation accounts that have signed in. Password hashes never leave the settings.
 */
@Component("usersApi")
public class UsersApi {

    /** One user: name, roles, where it comes from (local | oidc) and its last console sign-in, if any. */
    public record HubUser(String name, List<String> roles, String source, Instant lastSignedInAt) {}

    private final SecuritySettings settings;
    private final SignInRecords records;

    UsersApi(SecuritySettings settings, SignInRecords records) {
        this.settings = settings;
        this.records = records;
    }

    public List<HubUser> list() {
        Map<String, SignInRecords.SignIn> signIns = records.all().stream()
                .collect(Collectors.toMap(SignInRecords.SignIn::name, Function.identity()));
        List<HubUser> users = new ArrayList<>();
        for (SecuritySettings.User user : settings.getUsers()) {
            SignInRecords.SignIn last = signIns.get(user.getName());
            users.add(new HubUser(user.getName(), user.getRoles().stream().map(Role::name).toList(), SignInRecords.LOCAL,
                    last == null || !SignInRecords.LOCAL.equals(last.source()) ? null : last.at()));
        }
        signIns.values().stream().filter(s -> SignInRecords.OIDC.equals(s.source())).sorted(java.util.Comparator.comparing(SignInRecords.SignIn::name))
                .forEach(s -> users.add(new HubUser(s.name(), s.roles(), SignInRecords.OIDC, s.at())));
        return users;
    }
}

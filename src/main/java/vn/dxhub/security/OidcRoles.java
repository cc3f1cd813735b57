package vn.dxhub.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hub roles an OIDC user gets: the values of the roles claim (a list, or a text of values separated by spaces or
 * commas; "realm_access.roles" reaches into an object, as Keycloak sends them) mapped through hub.security.oidc.role-mapping.
 * Values nobody mapped give nothing.
 */
final class OidcRoles {

    private final String claim;
    private final Map<String, Role> mapping;

    OidcRoles(String claim, Map<String, Role> mapping) {
        this.claim = claim;
        this.mapping = Map.copyOf(mapping);
    }

    Set<Role> of(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims)) {
            Role role = mapping.get(value);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The claim's values as the provider sent them, for telling a refused user what the hub saw. */
    List<String> values(Map<String, Object> claims) {
        Object node = claims;
        for (String step : claim.split("\\.")) {
            if (!(node instanceof Map<?, ?> object)) {
                return List.of();
            }
            node = object.get(step);
        }
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (node instanceof String text) {
            for (String v : text.split("[\\s,]+")) {
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}

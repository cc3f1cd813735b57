package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation account's hub roles come only from mapped values of its roles claim. */
class OidcRolesTest {

    private final Map<String, Role> mapping = Map.of("dxhub-xem", Role.VIEWER, "dxhub-van-hanh", Role.OPERATOR, "dxhub-quan-tri", Role.ADMIN);

    @Test
    void mapsTheValuesOfAListClaim() {
        OidcRoles roles = new OidcRoles("roles", mapping);

        assertThat(roles.of(Map.of("roles", List.of("nhan-vien", "dxhub-van-hanh")))).containsExactly(Role.OPERATOR);
        assertThat(roles.of(Map.of("roles", List.of("dxhub-xem", "dxhub-quan-tri")))).containsExactly(Role.VIEWER, Role.ADMIN);
    }

    @Test
    void readsATextClaimSeparatedBySpacesOrCommas() {
        OidcRoles roles = new OidcRoles("groups", mapping);

        assertThat(roles.of(Map.of("groups", "dxhub-xem, ke-toan dxhub-van-hanh"))).containsExactly(Role.VIEWER, Role.OPERATOR);
    }

    @Test
    void reachesIntoAnObjectWithADottedClaimName() {
        OidcRoles roles = new OidcRoles("realm_access.roles", mapping);

        assertThat(roles.of(Map.of("realm_access", Map.of("roles", List.of("dxhub-quan-tri"))))).containsExactly(Role.ADMIN);
        assertThat(roles.of(Map.of("realm_access", "dxhub-quan-tri"))).as("not an object").isEmpty();
    }

    @Test
    void unmappedOrMissingValuesGiveNoRole() {
        OidcRoles roles = new OidcRoles("roles", mapping);

        assertThat(roles.of(Map.of("roles", List.of("ADMIN", "DXHUB-QUAN-TRI")))).as("only the mapping counts, case and all").isEmpty();
        assertThat(roles.of(Map.of("email", "a@b.vn"))).isEmpty();
        assertThat(new OidcRoles("roles", Map.of()).of(Map.of("roles", List.of("dxhub-quan-tri")))).as("nothing mapped by default").isEmpty();
    }
}

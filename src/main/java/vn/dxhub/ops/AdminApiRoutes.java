package vn.dxhub.ops;

import org.springframework.stereotype.Component;
import vn.dxhub.security.UsersApi;

/** /api/admin: what only an administrator sees (the security rules keep every other role out of /api/admin/**). */
@Component
class AdminApiRoutes extends ApiRouteBuilder {

    @Override
    public void configure() {
        rest("/admin").description("Quản trị (chỉ ADMIN) / administration (ADMIN only)")
                .get("/users").id("api-admin-users")
                    .description("Người được đăng nhập: tên, vai trò, nguồn (local | oidc), lần đăng nhập gần nhất; không bao giờ có mã băm mật khẩu "
                            + "/ who may sign in: name, roles, source (local | oidc), last sign-in; never a password hash")
                    .responseMessage().code(403).message("chỉ ADMIN / ADMIN only").endResponseMessage()
                    .outType(UsersApi.HubUser[].class)
                    .to("direct:api-admin-users");

        answer("api-admin-users", "usersApi", "list");
    }
}

package vn.dxhub.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dxhub.security.UsersApi;

/** The console's user list (ADMIN only, as everything under /admin): who may sign in, with which role, from where. */
@Controller
class AdminUsersController {

    private final UsersApi users;

    AdminUsersController(UsersApi users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.list());
        return "admin-users";
    }
}

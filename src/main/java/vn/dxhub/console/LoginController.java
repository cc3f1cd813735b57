package vn.dxhub.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dxhub.security.SecuritySettings;

/**
 * The sign-in page; Spring Security checks the form it posts. It offers the organisation account when OIDC is set, and
 * the form when there are local users (or nothing else to offer, so the page never comes up empty).
 */
@Controller
class LoginController {

    private final SecuritySettings settings;

    LoginController(SecuritySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidc", settings.getOidc().enabled());
        model.addAttribute("localUsers", !settings.getUsers().isEmpty());
        return "login";
    }
}

package vn.dxhub.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Logs how to sign in, in one block, once the hub is ready (its port is known only then). */
@Component
class SignInNoticeLogger {

    private static final Logger log = LoggerFactory.getLogger(SignInNoticeLogger.class);

    private final SecuritySettings settings;
    private final PasswordEncoder passwords;
    private final Environment environment;

    SignInNoticeLogger(SecuritySettings settings, PasswordEncoder passwords, Environment environment) {
        this.settings = settings;
        this.passwords = passwords;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                + environment.getProperty("server.servlet.context-path", "") + "/";
        log.info("\n{}", SignInNotice.text(url, settings.getUsers(), settings.getOidc().enabled(), passwords));
    }
}

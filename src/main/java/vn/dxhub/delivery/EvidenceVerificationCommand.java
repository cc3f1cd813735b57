package vn.dxhub.delivery;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.validation.ObjectError;
import vn.dxhub.config.DatabaseConfig;
import vn.dxhub.config.HubProperties;

/**
 * {@code java -jar dx-hub.jar verify-evidence}: checks the evidence chain of the hub database named by the usual settings
 * and profile, and exits 0 when it is intact, 1 when it is broken (naming the first broken entry), 2 when it could not be
 * checked. It starts the database connection only: no web server, simulators, routes, schedules or delivery workers, and
 * no schema migration.
 */
public final class EvidenceVerificationCommand {

    public static final String NAME = "verify-evidence";

    private EvidenceVerificationCommand() {}

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HubProperties.class)
    @Import({DatabaseConfig.class, EvidenceVerifier.class})
    @ImportAutoConfiguration({JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class})
    static class DatabaseOnly {}

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args);
    }

    /** Prints the verdict in Vietnamese and English and returns the exit code. */
    public static int run(PrintStream out, String... args) {
        try (ConfigurableApplicationContext context = start(args)) {
            EvidenceVerifier.Verdict verdict = context.getBean(EvidenceVerifier.class).verify();
            out.println(verdict.message());
            return verdict.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            out.println("Không kiểm tra được chuỗi bằng chứng / the evidence chain could not be checked: " + reason(e));
            return 2;
        }
    }

    /** The settings that are wrong, each with its message, or else the innermost cause (the database refused, is down, ...). */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindValidationException invalid) {
                return invalid.getValidationErrors().getAllErrors().stream().map(ObjectError::getDefaultMessage).collect(Collectors.joining("; "));
            }
            root = t;
        }
        return root.getMessage();
    }
}

package vn.dxhub;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.dxhub.delivery.EvidenceVerificationCommand;

/**
 * DX Hub: pulls digital-transformation indicators from provincial systems and reports them nationally.
 * {@code verify-evidence} as the first argument checks the evidence log of the push instead of starting the hub.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DxHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && EvidenceVerificationCommand.NAME.equals(args[0])) {
            // the verdict, or why there is none, is the whole output: the framework's log lines and stack traces stay out
            // of it unless asked for (--logging.level.root=INFO)
            if (System.getProperty("logging.level.root") == null) {
                System.setProperty("logging.level.root", "OFF");
            }
            System.exit(EvidenceVerificationCommand.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(DxHubApplication.class, args);
    }
}

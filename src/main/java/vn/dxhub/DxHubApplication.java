package vn.dxhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** DX Hub: pulls digital-transformation indicators from provincial systems and reports them nationally. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DxHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(DxHubApplication.class, args);
    }
}

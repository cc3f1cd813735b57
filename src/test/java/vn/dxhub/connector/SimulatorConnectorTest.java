package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubTestData;

/** What connector tests against the built-in simulators share: an empty hub before each test, healthy simulators after. */
abstract class SimulatorConnectorTest {

    @Autowired
    ConnectorRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void emptyHub() {
        HubTestData.clean(jdbc);
    }

    @AfterEach
    void healthySimulators() {
        http.delete("/sandbox/faults");
        http.delete("/sandbox/calls");
    }

    /** Sets a simulator's fault plan and checks the simulator took it. */
    void fault(String simulator, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.exchange("/sandbox/faults/" + simulator, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }
}

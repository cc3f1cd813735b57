package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.support.HubTestData;

/** A route file with mistakes is refused with every problem named; the good files beside it load and run. */
@SpringBootTest
class RouteFileRefusalTest {

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of(
                "dvc/good.yaml", """
                        - templatedRoute:
                            routeTemplateRef: dvc-stats
                            routeId: good-stats
                            parameters:
                              - { name: connectorId, value: good-stats }
                              - { name: schedule, value: "0 0 6 * * ?" }
                              - { name: baseUrl, value: "https://dichvucong.example.vn/api/thong-ke" }
                              - { name: apiKey, value: "{{env:DVC_API_KEY}}" }
                              - { name: province, value: "79" }
                              - { name: mapping, value: dvc/thong-ke.yaml }
                        """,
                "lgsp/broken.yaml", """
                        - templatedRoute:
                            routeTemplateRef: lgsp-soap
                            routeId: nothing
                            parameters:
                              - { name: connectorId, value: nothing }
                        - templatedRoute:
                            routeTemplateRef: lgsp-rest
                            routeId: another-id
                            parameters:
                              - { name: connectorId, value: lgsp-broken }
                              - { name: schedule, value: "every minute" }
                              - { name: baseUrl, value: "lgsp gateway" }
                              - { name: clientId, value: dxhub-01 }
                              - { name: clientSecret, value: "s3cr3t-in-a-file" }
                              - { name: startPeriod, value: "Q3/2025" }
                              - { name: mapping, value: lgsp/none.yaml }
                              - { name: colour, value: blue }
                        """,
                                "fhir/token-in-file.yaml", """
                        - templatedRoute:
                            routeTemplateRef: fhir-measurereport
                            routeId: fhir-token
                            parameters:
                              - { name: connectorId, value: fhir-token }
                              - { name: baseUrl, value: "https://fhir.example.vn/fhir" }
                              - { name: mapping, value: fhir/chi-so-y-te.yaml }
                              - { name: bearerToken, value: "eyJhbGciOi-a-real-token" }
                        """,
                "hub/not-yaml.yaml", "- route: [unclosed\n",
                "ndxp/halves.yaml", """
                        - templatedRoute:
                            routeTemplateRef: dvc-stats
                            routeId: ndxp-halves
                            parameters:
                              - { name: connectorId, value: ndxp-halves }
                              - { name: baseUrl, value: "https://ndxp.example.vn/api/thong-ke" }
                              - { name: apiKey, value: "{{env:DVC_API_KEY}}" }
                              - { name: province, value: "79" }
                              - { name: mapping, value: dvc/thong-ke.yaml }
                              - { name: ndxpCallingSystem, value: dxhub }
                              - { name: clientKeystore, value: /etc/dxhub/ndxp-client.p12 }
                              - { name: truststore, value: /etc/dxhub/ndxp-ca.p12 }
                              - { name: truststorePassword, value: "changeit" }
                        """,
                "ndxp/whole.yaml", """
                        - templatedRoute:
                            routeTemplateRef: dvc-stats
                            routeId: ndxp-whole
                            parameters:
                              - { name: connectorId, value: ndxp-whole }
                              - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                              - { name: baseUrl, value: "https://ndxp.example.vn/api/thong-ke" }
                              - { name: apiKey, value: "{{env:DVC_API_KEY}}" }
                              - { name: province, value: "79" }
                              - { name: mapping, value: dvc/thong-ke.yaml }
                              - { name: ndxpCallingSystem, value: dxhub }
                              - { name: ndxpProvidingSystem, value: dvc-qg }
                              - { name: clientKeystore, value: /etc/dxhub/ndxp-client.p12 }
                              - { name: clientKeystorePassword, value: "{{env:NDXP_KEYSTORE_PASSWORD}}" }
                              - { name: truststorePassword, value: "" }
                        """,
                "file/escape.yaml", """
                        - templatedRoute:
                            routeTemplateRef: file-drop
                            routeId: file-escape
                            parameters:
                              - { name: connectorId, value: file-escape }
                              - { name: folder, value: /tmp/dxhub-never-created }
                              - { name: mapping, value: phu-luc-01/bieu-mau.yaml }
                              - { name: processedFolder, value: ../../etc }
                              - { name: refusedFolder, value: /var/tmp }
                        """));
        registry.add("hub.routes-dir", routes::toString);
    }

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    CamelContext camel;

    @Test
    void everyMistakeOfTheBrokenFileIsNamedWithItsPath() {
        List<LintProblem> problems = registry.refusedFiles().get("lgsp/broken.yaml");

        assertThat(problems).extracting(LintProblem::path).contains(
                "$[0].templatedRoute.routeTemplateRef",
                "$[1].templatedRoute.routeId",
                "$[1].templatedRoute.parameters[1].value",
                "$[1].templatedRoute.parameters[2].value",
                "$[1].templatedRoute.parameters[4].value",
                "$[1].templatedRoute.parameters[5].value",
                "$[1].templatedRoute.parameters[6].value",
                "$[1].templatedRoute.parameters[7].name",
                "$[1].templatedRoute.parameters");
        assertThat(problems).extracting(LintProblem::message)
                .anySatisfy(m -> assertThat(m).contains("lgsp-soap"))
                .anySatisfy(m -> assertThat(m).contains("cron"))
                .anySatisfy(m -> assertThat(m).contains("{{env:").doesNotContain("s3cr3t-in-a-file"))
                .anySatisfy(m -> assertThat(m).contains("tokenUrl"))
                .anySatisfy(m -> assertThat(m).contains("colour"));
    }

    @Test
    void theFoldersAFileDropMovesFilesToStayInsideItsWatchedFolder() {
        assertThat(registry.refusedFiles().get("file/escape.yaml")).extracting(LintProblem::path)
                .containsExactlyInAnyOrder("$[0].templatedRoute.parameters[3].value", "$[0].templatedRoute.parameters[4].value");
        assertThat(registry.find("file-escape")).isEmpty();
    }

    @Test
    void anOptionalSecretWrittenAsAValueIsRefusedToo() {
        assertThat(registry.refusedFiles().get("fhir/token-in-file.yaml")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$[0].templatedRoute.parameters[3].value");
            assertThat(p.message()).contains("{{env:").doesNotContain("eyJhbGciOi-a-real-token");
        });
    }

    @Autowired
    org.quartz.Scheduler scheduler;

    @Test
    void schedulesLiveInTheDatabaseClusteredAndAMissedOneFiresOnceAfterDowntime() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        org.quartz.Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("good-stats", "connectors"));
        assertThat(trigger).isInstanceOf(org.quartz.CronTrigger.class);
        assertThat(((org.quartz.CronTrigger) trigger).getCronExpression()).isEqualTo("0 0 6 * * ?");
        assertThat(trigger.getMisfireInstruction()).isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void ndxpParametersThatGoTogetherAreNotGivenAloneAndPasswordsAreReferences() {
        List<LintProblem> problems = registry.refusedFiles().get("ndxp/halves.yaml");

        assertThat(problems).extracting(LintProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'ndxpCallingSystem'", "'ndxpProvidingSystem'"))
                .anySatisfy(m -> assertThat(m).contains("'clientKeystore'", "'clientKeystorePassword'"))
                .anySatisfy(m -> assertThat(m).contains("truststorePassword", "{{env:").doesNotContain("changeit"))
                .hasSize(3);
        assertThat(registry.find("ndxp-whole")).as("an optional secret may be left empty").isPresent();
    }

    @Test
    void aFileCamelCannotReadIsRefusedToo() {
        assertThat(registry.refusedFiles()).containsKey("hub/not-yaml.yaml");
    }

    @Test
    void theGoodFileBesideThemIsLoadedAndScheduled() {
        assertThat(registry.find("good-stats")).isPresent();
        assertThat(registry.find("lgsp-broken")).isEmpty();
        assertThat(camel.getRoutes()).extracting(r -> r.getRouteId()).contains("good-stats");
        assertThat(camel.getRoute("good-stats")).isNotNull();
        assertThat(camel.getRoute("good-stats").getEndpoint().getEndpointUri()).startsWith("quartz://connectors/good-stats");
    }
}

package vn.dxhub.connector;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * One Camel route template per connector kind, its parameters generated from the kind's declarations.
 * An instance (a {@code templatedRoute} in routes/, its routeId equal to its connectorId) fires on its Quartz cron, clustered through the
 * database so several hub instances run each schedule once; a schedule missed during downtime fires
 * once at start-up (misfire instruction 1), and the run catches up on every missed period.
 */
class ConnectorTemplates extends RouteBuilder {

    static final String DISPATCHER_BEAN = "connectorDispatcher";

    private final ConnectorKinds kinds;

    ConnectorTemplates(ConnectorKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public void configure() {
        for (ConnectorKind kind : kinds.all()) {
            RouteTemplateDefinition template = routeTemplate(kind.id());
            for (ParameterSpec p : kind.parameters()) {
                template.templateParameter(p.name(), p.required() ? null : p.defaultValue(), p.description());
            }
            template.from("quartz:connectors/{{connectorId}}?cron=RAW({{schedule}})&deleteJob=false&stateful=true"
                            + "&trigger.misfireInstruction=1")
                    .bean(DISPATCHER_BEAN, "dispatchScheduled('{{connectorId}}')");
        }
    }
}

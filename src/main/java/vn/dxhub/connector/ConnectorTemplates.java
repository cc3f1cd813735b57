package vn.dxhub.connector;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * One Camel route template per connector kind, its parameters generated from the kind's declarations.
 * An instance (a {@code templatedRoute} in routes/, its routeId equal to its connectorId) of a scheduled kind fires on
 * its Quartz cron, clustered through the database so several hub instances run each schedule once; a schedule missed
 * during downtime fires once at start-up (misfire instruction 1), and the run catches up on every missed period.
 * An instance of a folder kind (file-drop) watches its folder with Camel's file component: a file is read once its
 * size stops changing (still being copied otherwise), imported as one run, then moved to the folder the run's outcome
 * names (processed, refused) or left in place. A refused file is an outcome, not an exception, so nothing logs a stack
 * trace for it: the run records the reason.
 */
class ConnectorTemplates extends RouteBuilder {

    static final String DISPATCHER_BEAN = "connectorDispatcher";
    /** Exchange property naming where a file-drop route moves the file it imported, relative to the watched folder. */
    static final String MOVE_TO = "dxhubMoveTo";

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
            if (kind.start() == ConnectorKind.Start.FOLDER) {
                watchFolder(template);
            } else {
                template.from("quartz:connectors/{{connectorId}}?cron=RAW({{schedule}})&deleteJob=false&stateful=true"
                                + "&trigger.misfireInstruction=1")
                        .bean(DISPATCHER_BEAN, "dispatchScheduled('{{connectorId}}')");
            }
        }
    }

    /**
     * Left in place ({@code noop}), a file is remembered by name, size and time of change, so it is imported once per
     * hub start and again only when it changes; Excel's lock files (~$name.xlsx) and hidden files are not read.
     */
    private void watchFolder(RouteTemplateDefinition template) {
        template.from("file:{{folder}}?noop={{leaveInPlace}}&delay={{pollInterval}}&initialDelay=1000"
                        + "&readLock=changed&readLockCheckInterval=1000&readLockTimeout=60000"
                        + "&idempotentKey=${file:name}-${file:size}-${file:modified}&antExclude=RAW(~$*)"
                        + "&move=${exchangeProperty." + MOVE_TO + "}")
                // a file left for the next look fails its exchange on purpose (the file consumer then leaves it where it is);
                // the run already recorded why, so no error handler logs it again
                .errorHandler(noErrorHandler())
                .setHeader(vn.dxhub.connector.file.FolderImports.CONNECTOR_HEADER, constant("{{connectorId}}"))
                .bean(vn.dxhub.connector.file.FolderImports.BEAN, "importDropped")
                .choice()
                    .when(body().isNull()).throwException(new vn.dxhub.connector.file.FileLeftForNextLook())
                    .otherwise().setProperty(MOVE_TO, body())
                .end();
    }
}

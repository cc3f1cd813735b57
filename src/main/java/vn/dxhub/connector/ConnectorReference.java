package vn.dxhub.connector;

import java.util.List;

/** The reference page of connector kinds and their parameters, generated from the declarations (docs/connectors.md). */
public final class ConnectorReference {

    private ConnectorReference() {}

    public static String markdown(List<ConnectorKind> kinds) {
        StringBuilder md = new StringBuilder();
        md.append("# Connector kinds / Các loại connector\n\n")
                .append("Generated from the parameter declarations in the code (`ConnectorKind`); do not edit by hand.\n")
                .append("A connector instance is a `templatedRoute` in `routes/<system>/*.yaml` whose `routeTemplateRef` is the kind\n")
                .append("and whose `routeId` equals its `connectorId`. Secret parameters take a reference such as `{{env:NAME}}`, never a value.\n");
        for (ConnectorKind kind : kinds) {
            md.append("\n## `").append(kind.id()).append("`: ").append(kind.title()).append("\n\n")
                    .append(kind.description()).append(". Source system: `").append(kind.sourceSystem()).append("`.\n\n")
                    .append("| Parameter | Title | Type | Required | Default | Secret | Description |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (ParameterSpec p : kind.parameters()) {
                md.append("| `").append(p.name()).append("` | ").append(p.title()).append(" | ").append(p.type().name().toLowerCase())
                        .append(" | ").append(p.required() ? "yes" : "no")
                        .append(" | ").append(p.defaultValue() == null || p.defaultValue().isEmpty() ? "" : "`" + p.defaultValue() + "`")
                        .append(" | ").append(p.secret() ? "yes" : "")
                        .append(" | ").append(p.description().replace("|", "\\|"))
                        .append(p.requires() == null ? "" : " Given together with `" + p.requires() + "`.").append(" |\n");
            }
        }
        return md.toString();
    }
}

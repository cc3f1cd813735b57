package vn.dxhub.connector.dvc;

import java.util.List;
import java.util.Map;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ParameterSpec;

/** Parameters both DVC portal connectors have: where the portal is, its API key and the province asked for. */
final class DvcParameters {

    private DvcParameters() {}

    static List<ParameterSpec> common(String baseUrlExample) {
        return List.of(
                ParameterSpec.required("baseUrl", ParameterSpec.Type.URL, "Địa chỉ dịch vụ", "URL of the portal service, e.g. " + baseUrlExample + "."),
                ParameterSpec.secret("apiKey", "API key", "Key issued by the DVC portal, as a reference such as {{env:DVC_API_KEY}}."),
                ParameterSpec.optional("apiKeyHeader", ParameterSpec.Type.TEXT, "X-API-Key", "Header của API key", "Header that carries the key."),
                ParameterSpec.required("province", ParameterSpec.Type.UNIT, "Tỉnh", "Hub id of the province asked for (01, 79, ...)."),
                ParameterSpec.optional("unitParam", ParameterSpec.Type.TEXT, "maTinh", "Tham số tỉnh", "Query parameter of the province code."),
                ParameterSpec.optional("periodParam", ParameterSpec.Type.TEXT, "kyBaoCao", "Tham số kỳ", "Query parameter of the period id."));
    }

    static Map<String, String> headers(ConnectorInstance c) {
        return Map.of(c.text("apiKeyHeader"), c.text("apiKey"), "Accept", "application/json");
    }
}

package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quartz.CronExpression;
import org.springframework.boot.convert.DurationStyle;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodType;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.mapping.MappingLoader;

/**
 * Checks a route file before Camel sees it: each {@code templatedRoute} names a known connector kind,
 * gives every required parameter and no unknown one, with values of the declared type; secrets are
 * references ({{env:NAME}}), never values; a parameter that goes with another (a keystore and its password, the
 * calling and the providing system) is not given alone; the mapping it names exists and is valid.
 */
final class RouteFileLinter {

    /** A secret must be a bare reference without a default: {{env:NAME}}, {{sys:NAME}} or {{NAME}}. */
    private static final Pattern SECRET_REFERENCE = Pattern.compile("^\\{\\{(env:|sys:)?[A-Za-z_][A-Za-z0-9_.-]*\\}\\}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+\\}\\}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A connector declared in a route file, before it is registered. */
    record Declared(String connectorId, ConnectorKind kind, Map<String, String> parameters) {}

    private final ConnectorKinds kinds;
    private final ReportingUnits units;
    private final MappingLoader mappings;

    RouteFileLinter(ConnectorKinds kinds, ReportingUnits units, MappingLoader mappings) {
        this.kinds = kinds;
        this.units = units;
        this.mappings = mappings;
    }

    List<Declared> lint(Path file, String name, Set<String> idsSoFar, List<LintProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            problems.add(new LintProblem(name, "$", "không đọc được YAML / unreadable YAML: " + e.getMessage()));
            return List.of();
        }
        if (root == null || !root.isArray()) {
            problems.add(new LintProblem(name, "$", "tệp route phải là một danh sách YAML (- route: ..., - templatedRoute: ...) / a route file is a YAML list"));
            return List.of();
        }
        List<Declared> declared = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode templated = root.get(i).get("templatedRoute");
            if (templated != null) {
                Declared d = connector(templated, "$[" + i + "].templatedRoute", name, problems);
                if (d != null && !idsSoFar.add(d.connectorId())) {
                    problems.add(new LintProblem(name, "$[" + i + "].templatedRoute", "connectorId '" + d.connectorId() + "' đã dùng / already used"));
                } else if (d != null) {
                    declared.add(d);
                }
            }
        }
        return declared;
    }

    private Declared connector(JsonNode node, String path, String file, List<LintProblem> problems) {
        int before = problems.size();
        String ref = node.path("routeTemplateRef").asText(null);
        ConnectorKind kind = ref == null ? null : kinds.find(ref).orElse(null);
        if (kind == null) {
            problems.add(new LintProblem(file, path + ".routeTemplateRef", "loại connector '" + ref + "' không có; có: "
                    + kinds.all().stream().map(ConnectorKind::id).toList() + " / unknown connector kind"));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode params = node.path("parameters");
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i).path("name").asText(null);
            JsonNode value = params.get(i).get("value");
            String where = path + ".parameters[" + i + "]";
            if (name == null || value == null || value.isContainerNode()) {
                problems.add(new LintProblem(file, where, "mỗi tham số cần name và value / each parameter needs a name and a value"));
            } else if (kind.parameter(name).isEmpty()) {
                problems.add(new LintProblem(file, where + ".name", "tham số '" + name + "' không có ở loại " + kind.id() + " / unknown parameter"));
            } else {
                values.put(name, value.asText());
                checkValue(kind.parameter(name).get(), value.asText(), file, where + ".value", problems);
            }
        }
        for (ParameterSpec spec : kind.parameters()) {
            if (spec.required() && !values.containsKey(spec.name())) {
                problems.add(new LintProblem(file, path + ".parameters", "thiếu tham số bắt buộc '" + spec.name() + "' (" + spec.title() + ") / required parameter missing"));
            } else if (spec.requires() != null && given(values, spec.name()) && !given(values, spec.requires())) {
                problems.add(new LintProblem(file, path + ".parameters", "có tham số '" + spec.name() + "' thì cần cả '" + spec.requires()
                        + "' (" + kind.parameter(spec.requires()).map(ParameterSpec::title).orElse("") + ") / '" + spec.name()
                        + "' needs '" + spec.requires() + "' too"));
            }
        }
        String routeId = node.path("routeId").asText(null);
        if (routeId == null || !routeId.equals(values.get("connectorId"))) {
            problems.add(new LintProblem(file, path + ".routeId", "cần routeId bằng connectorId ('" + values.get("connectorId")
                    + "') để sức khỏe, số liệu và nhật ký tìm được route / routeId must be present and equal connectorId"));
        }
        return problems.size() == before ? new Declared(values.get("connectorId"), kind, values) : null;
    }

    private void checkValue(ParameterSpec spec, String value, String file, String path, List<LintProblem> problems) {
        if (spec.secret()) {
            if (!(value.isBlank() && !spec.required()) && !SECRET_REFERENCE.matcher(value.strip()).matches()) {
                problems.add(new LintProblem(file, path, "tham số bí mật '" + spec.name()
                        + "' phải là tham chiếu như {{env:TEN_BIEN}}, không ghi giá trị vào tệp / a secret must be a reference such as {{env:NAME}}"));
            }
            return;
        }
        if (PLACEHOLDER.matcher(value).find() || value.isBlank() && !spec.required()) {
            return;
        }
        String error = switch (spec.type()) {
            case CRON -> CronExpression.isValidExpression(value) ? null : "không phải biểu thức cron Quartz (giây phút giờ ngày tháng thứ) / not a Quartz cron";
            case URL -> url(value);
            case INTEGER -> value.strip().matches("[1-9]\\d{0,8}") ? null : "không phải số nguyên từ 1 trở lên / not an integer of 1 or more";
            case PAGE_INDEX -> value.strip().matches("[01]") ? null : "trang đầu phải là 0 hoặc 1 / the first page is 0 or 1";
            case DURATION -> duration(value);
            case PERIOD -> Period.parse(value).filter(p -> p.type() == PeriodType.QUARTER).isPresent() ? null : "không phải quý dạng 2025Q1 / not a quarter id";
            case UNIT -> units.find(value).isPresent() ? null : "không có đơn vị '" + value + "' trong danh mục / unknown unit";
            case MAPPING -> mapping(value);
            case BOOLEAN -> value.strip().matches("true|false") ? null : "phải là true hoặc false / must be true or false";
            case FOLDER -> folder(value);
            case SUBFOLDER -> subfolder(value);
            case TEXT -> null;
        };
        if (error != null) {
            problems.add(new LintProblem(file, path, "'" + value + "': " + error));
        }
    }

    private static boolean given(Map<String, String> values, String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    private String mapping(String file) {
        List<LintProblem> mappingProblems = new ArrayList<>();
        if (!mappings.mappingFiles().contains(file)) {
            return "không có tệp mapping này trong mappings/ / no such mapping file";
        }
        try {
            mappings.load(file);
            return null;
        } catch (vn.dxhub.lint.LintException e) {
            mappingProblems.addAll(e.problems());
            return "mapping có lỗi / the mapping has mistakes: " + mappingProblems;
        }
    }

    /** A folder inside another (a watched folder's processed files): relative, and never climbing out with "..". */
    private static String subfolder(String value) {
        String problem = folder(value);
        if (problem != null) {
            return problem;
        }
        java.nio.file.Path path = java.nio.file.Path.of(value.strip());
        boolean climbs = path.normalize().startsWith("..") || java.util.stream.StreamSupport.stream(path.spliterator(), false)
                .anyMatch(part -> part.toString().equals(".."));
        return path.isAbsolute() || climbs || value.strip().startsWith("/") || value.strip().startsWith("\\")
                ? "thư mục con phải là đường dẫn tương đối trong thư mục được theo dõi, không có '..' / must be a relative path inside the watched folder, without '..'"
                : null;
    }

    private static String folder(String value) {
        try {
            java.nio.file.Path.of(value.strip());
            return value.contains("?") || value.contains("*") ? "đường dẫn thư mục không chứa ? hay * / a folder path has no ? or *" : null;
        } catch (java.nio.file.InvalidPathException e) {
            return "không phải đường dẫn thư mục / not a folder path";
        }
    }

    private static String url(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null ? null : "không phải URL http(s) / not an http(s) URL";
        } catch (URISyntaxException e) {
            return "không phải URL / not a URL";
        }
    }

    private static String duration(String value) {
        try {
            DurationStyle.detectAndParse(value.strip());
            return null;
        } catch (IllegalArgumentException e) {
            return "không phải khoảng thời gian (5s, 30s, 2m) / not a duration";
        }
    }
}

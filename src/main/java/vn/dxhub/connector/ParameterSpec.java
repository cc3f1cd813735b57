package vn.dxhub.connector;

/**
 * One declared parameter of a connector kind. The reference page of connectors, the Camel route
 * template and the route-file linter are all generated from these declarations.
 */
public record ParameterSpec(String name, String title, String description, Type type, String defaultValue, boolean required,
                            boolean secret) {

    /** The kinds of value a parameter takes; the linter checks each. INTEGER is 1 or more; PAGE_INDEX is 0 or 1. */
    public enum Type { TEXT, URL, INTEGER, PAGE_INDEX, DURATION, CRON, PERIOD, UNIT, MAPPING }

    public static ParameterSpec required(String name, Type type, String title, String description) {
        return new ParameterSpec(name, title, description, type, null, true, false);
    }

    public static ParameterSpec optional(String name, Type type, String defaultValue, String title, String description) {
        return new ParameterSpec(name, title, description, type, defaultValue, false, false);
    }

    public static ParameterSpec secret(String name, String title, String description) {
        return new ParameterSpec(name, title, description, Type.TEXT, null, true, true);
    }

    /** A secret a source may not need (a token for a server that asks for none): empty, or a reference. */
    public static ParameterSpec optionalSecret(String name, String title, String description) {
        return new ParameterSpec(name, title, description, Type.TEXT, "", false, true);
    }
}

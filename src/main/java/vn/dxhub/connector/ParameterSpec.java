package vn.dxhub.connector;

/**
 * One declared parameter of a connector kind. The reference page of connectors, the Camel route
 * template and the route-file linter are all generated from these declarations.
 *
 * @param requires the name of another parameter that must be given too when this one is (a keystore and its
 *                 password); null when the parameter stands alone
 */
public record ParameterSpec(String name, String title, String description, Type type, String defaultValue, boolean required,
                            boolean secret, String requires) {

    /**
     * The kinds of value a parameter takes; the linter checks each. INTEGER is 1 or more; PAGE_INDEX is 0 or 1;
     * BOOLEAN is true or false; FOLDER is a folder path, relative to the hub's working folder or absolute.
     */
    public enum Type { TEXT, URL, INTEGER, PAGE_INDEX, DURATION, CRON, PERIOD, UNIT, MAPPING, BOOLEAN, FOLDER, SUBFOLDER }

    public static ParameterSpec required(String name, Type type, String title, String description) {
        return new ParameterSpec(name, title, description, type, null, true, false, null);
    }

    public static ParameterSpec optional(String name, Type type, String defaultValue, String title, String description) {
        return new ParameterSpec(name, title, description, type, defaultValue, false, false, null);
    }

    public static ParameterSpec secret(String name, String title, String description) {
        return new ParameterSpec(name, title, description, Type.TEXT, null, true, true, null);
    }

    /** A secret the connector may go without (empty); when it is given, it must still be a reference, never the value. */
    public static ParameterSpec optionalSecret(String name, String title, String description) {
        return new ParameterSpec(name, title, description, Type.TEXT, "", false, true, null);
    }

    /** The same parameter, which when given needs {@code other} given too. */
    public ParameterSpec requiring(String other) {
        return new ParameterSpec(name, title, description, type, defaultValue, required, secret, other);
    }
}

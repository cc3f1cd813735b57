package vn.dxhub.config;

import java.util.List;

/**
 * Settings the hub cannot start without, each named with what it is for. Thrown while the hub starts; the start-up
 * failure then shows one message listing every problem ({@link MissingSettingsFailureAnalyzer}), never a stack trace.
 */
public class MissingSettingsException extends RuntimeException {

    private final List<String> problems;

    /**
     * @param whatVi   what the settings are for, in Vietnamese
     * @param whatEn   the same in English
     * @param problems one line per setting: its name, then what is wrong, "vi / en"
     */
    public MissingSettingsException(String whatVi, String whatEn, List<String> problems) {
        super("Cài đặt của " + whatVi + " chưa đủ / the settings of " + whatEn + " are incomplete (" + problems.size() + " lỗi / problems):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package vn.dxhub.config;

import java.util.List;

/**
 * Settings the hub cannot start without, each named with what it is for. Thrown while the hub starts; the start-up
 * failure then shows one message listing every problem ({@link MissingSettingsFailureAnalyzer}), never a stack trace.
 */
public class MissingSettingsException extends RuntimeException {

    private final List<String> problems;

    /**
     * @param what     what the settings are for, "vi / en"
     * @param problems one line per setting: its name, then what is wrong, "vi / en"
     */
    public MissingSettingsException(String what, List<String> problems) {
        super("Cài đặt của " + what + " chưa đủ (" + problems.size() + " lỗi / problems):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package vn.dxhub.faults;

import java.util.ArrayList;
import java.util.List;

/** The suite's closing figures: one block that starts with a line "FAULT SUITE", one figure a line, for CI logs. */
final class FaultFigures {

    private final List<String> lines = new ArrayList<>();

    FaultFigures add(String label, Object value) {
        lines.add(String.format("  %-34s %s", label + ":", value));
        return this;
    }

    String block() {
        return "FAULT SUITE\n" + String.join("\n", lines);
    }
}

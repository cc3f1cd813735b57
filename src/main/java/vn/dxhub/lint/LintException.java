package vn.dxhub.lint;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when edited files have mistakes; carries every problem found, not just the first. */
public class LintException extends RuntimeException {

    private final List<LintProblem> problems;

    public LintException(String what, List<LintProblem> problems) {
        super(what + " (" + problems.size() + " lỗi / problems):\n" + problems.stream()
                .map(p -> "  - " + p)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LintProblem> problems() {
        return problems;
    }
}

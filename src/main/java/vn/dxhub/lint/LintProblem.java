package vn.dxhub.lint;

/** One mistake in a file people edit: which file, where in it (a JSON path), and what is wrong. */
public record LintProblem(String file, String path, String message) {

    @Override
    public String toString() {
        return file + " " + path + ": " + message;
    }
}

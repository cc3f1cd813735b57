package vn.dxhub.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import vn.dxhub.lint.LintProblem;

/** The route files of routes/: which there are, what each declares once linted, and loading one into Camel. */
final class RouteFiles {

    /** What a file declares, or its problems (then nothing of it may be loaded). */
    record Checked(String name, List<RouteFileLinter.Declared> declared, List<LintProblem> problems) {}

    private final Path dir;
    private final RouteFileLinter linter;

    RouteFiles(Path dir, RouteFileLinter linter) {
        this.dir = dir;
        this.linter = linter;
    }

    boolean exists() {
        return Files.isDirectory(dir);
    }

    List<Path> list() {
        if (!exists()) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name as operators see it: its path under routes/. */
    String name(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Lints the file; {@code ids} holds the connector ids declared elsewhere and receives the file's own. */
    Checked lint(Path file, Set<String> ids) {
        List<LintProblem> problems = new ArrayList<>();
        List<RouteFileLinter.Declared> declared = linter.lint(file, name(file), ids, problems);
        return new Checked(name(file), declared, problems);
    }

    /** Loads a linted file's routes into Camel; a problem when Camel refuses it anyway. */
    List<LintProblem> load(CamelContext camel, Path file) {
        try {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "file:" + file.toAbsolutePath()));
            return List.of();
        } catch (Exception e) {
            return List.of(new LintProblem(name(file), "$", "Camel không nạp được tệp / Camel cannot load the file: " + rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}

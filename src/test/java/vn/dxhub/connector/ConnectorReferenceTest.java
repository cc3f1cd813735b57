package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * docs/connectors.md is generated from the parameter declarations. When a declaration changes, this test
 * fails; {@code ./mvnw test -Dtest=ConnectorReferenceTest -Ddxhub.regenerate=true} rewrites the page.
 */
@SpringBootTest
class ConnectorReferenceTest {

    private static final Path PAGE = Path.of("docs/connectors.md");

    @Autowired
    ConnectorKinds kinds;

    @Test
    void theReferencePageMatchesTheDeclarations() throws Exception {
        String generated = ConnectorReference.markdown(kinds.all());
        if (Boolean.getBoolean("dxhub.regenerate")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, generated);
        }
        assertThat(PAGE).as("run with -Ddxhub.regenerate=true to write it").exists();
        assertThat(Files.readString(PAGE)).isEqualTo(generated);
        assertThat(generated).contains("## `lgsp-rest`", "## `dvc-dossiers`", "## `dvc-stats`", "`clientSecret`");
    }

    @Test
    void everyParameterIsDeclaredWithATitleAndADescription() {
        assertThat(kinds.all()).flatExtracting(ConnectorKind::parameters).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNotBlank();
            assertThat(p.required() || p.defaultValue() != null).as(p.name() + " is required or has a default").isTrue();
        });
    }
}

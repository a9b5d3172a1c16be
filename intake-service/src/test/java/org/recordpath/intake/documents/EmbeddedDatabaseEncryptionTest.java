package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * #11 finding 4: the embedded H2 database held facts and names in plaintext. An existing unencrypted database is
 * encrypted in place on start; afterwards its file holds none of its text, it opens with the derived password, and
 * not without it.
 */
class EmbeddedDatabaseEncryptionTest {
    private static final String MARKER = "KARYOTYPE-46XY-DEL5Q-MARKER";

    @TempDir
    Path data;

    @Test
    void anUnencryptedDatabaseIsEncryptedInPlaceAndOpensWithTheDerivedPassword() throws Exception { // #11
        Path db = data.resolve("db/recordpath");
        String plainUrl = "jdbc:h2:file:" + db + ";MODE=PostgreSQL";
        try (Connection c = DriverManager.getConnection(plainUrl, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fact (v VARCHAR(100))");
            s.execute("INSERT INTO fact VALUES ('" + MARKER + "')");
        }
        assertThat(new String(Files.readAllBytes(mvDb(db)), StandardCharsets.ISO_8859_1))
                .as("before: plaintext on disk")
                .contains(MARKER);

        MockEnvironment env = environment(plainUrl);
        new EmbeddedDatabaseEncryption().postProcessEnvironment(env, new SpringApplication());

        String url = env.getProperty("spring.datasource.url");
        String password = env.getProperty("spring.datasource.password");
        assertThat(url).endsWith(";CIPHER=AES");
        assertThat(password).matches("[0-9a-f]{64} ");
        assertThat(new String(Files.readAllBytes(mvDb(db)), StandardCharsets.ISO_8859_1))
                .as("after: no plaintext on disk")
                .doesNotContain(MARKER)
                .startsWith("H2encrypt\n");
        try (Connection c = DriverManager.getConnection(url, "sa", password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM fact")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(MARKER);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(plainUrl, "sa", "").close())
                .isInstanceOf(SQLException.class);

        MockEnvironment again = environment(plainUrl);
        new EmbeddedDatabaseEncryption().postProcessEnvironment(again, new SpringApplication());
        assertThat(again.getProperty("spring.datasource.password"))
                .as("the same key on the next start")
                .isEqualTo(password);
    }

    @Test
    void inMemoryAndOtherDatabasesAreLeftAlone() { // #11
        MockEnvironment env = environment("jdbc:h2:mem:x");
        new EmbeddedDatabaseEncryption().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:x");

        MockEnvironment pg = environment("jdbc:postgresql://localhost/x");
        new EmbeddedDatabaseEncryption().postProcessEnvironment(pg, new SpringApplication());
        assertThat(pg.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost/x");
    }

    private MockEnvironment environment(String url) {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.password", "")
                .withProperty(
                        "recordpath.storage.directory",
                        data.resolve("documents").toString())
                .withProperty(
                        "recordpath.storage.key-file",
                        data.resolve("keys/storage.key").toString());
    }

    private static Path mvDb(Path db) {
        return db.resolveSibling(db.getFileName() + ".mv.db");
    }
}

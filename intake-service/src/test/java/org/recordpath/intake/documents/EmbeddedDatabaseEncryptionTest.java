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

        EmbeddedDatabaseEncryption.Credentials credentials =
                EmbeddedDatabaseEncryption.encrypted(plainUrl, "", storage()).orElseThrow();

        String url = credentials.url();
        String password = credentials.password();
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

        assertThat(EmbeddedDatabaseEncryption.encrypted(plainUrl, "", storage())
                        .orElseThrow()
                        .password())
                .as("the same key on the next start")
                .isEqualTo(password);
    }

    @Test
    void theBoundDataSourceIsEncryptedAndTheDataFolderIsOwnerOnly() throws Exception { // #11: was 644/755
        Files.createDirectories(data.resolve("keys"));
        Files.createDirectories(data.resolve("db"));
        Path loose = Files.writeString(data.resolve("db/recordpath.trace.db"), "trace");
        var properties = new org.springframework.boot.jdbc.autoconfigure.DataSourceProperties();
        properties.setUrl("jdbc:h2:file:" + data.resolve("db/recordpath") + ";MODE=PostgreSQL");
        properties.setPassword("");
        EmbeddedDatabaseEncryption encryption = new EmbeddedDatabaseEncryption();
        encryption.setEnvironment(new org.springframework.mock.env.MockEnvironment()
                .withProperty("recordpath.data-dir", data.toString())
                .withProperty(
                        "recordpath.storage.directory",
                        data.resolve("documents").toString())
                .withProperty(
                        "recordpath.storage.key-file",
                        data.resolve("keys/storage.key").toString()));

        encryption.postProcessAfterInitialization(properties, "dataSourceProperties");

        assertThat(properties.getUrl()).endsWith(";CIPHER=AES");
        assertThat(properties.getPassword()).matches("[0-9a-f]{64} ");
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(owner);
        assertThat(Files.getPosixFilePermissions(data.resolve("keys"))).isEqualTo(owner);
        assertThat(Files.getPosixFilePermissions(data.resolve("db"))).isEqualTo(owner);
        assertThat(Files.getPosixFilePermissions(loose))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void inMemoryAndOtherDatabasesAreLeftAlone() { // #11
        assertThat(EmbeddedDatabaseEncryption.encrypted("jdbc:h2:mem:x", "", storage()))
                .isEmpty();
        assertThat(EmbeddedDatabaseEncryption.encrypted("jdbc:postgresql://localhost/x", "pw", storage()))
                .isEmpty();
    }

    private StorageSettings storage() {
        return new StorageSettings(
                data.resolve("documents"), java.util.Map.of(), null, null, data.resolve("keys/storage.key"), true);
    }

    private static Path mvDb(Path db) {
        return db.resolveSibling(db.getFileName() + ".mv.db");
    }
}

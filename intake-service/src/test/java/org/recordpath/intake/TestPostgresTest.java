package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPostgresTest {
    @ParameterizedTest(name = "{0} → {1} as {2}")
    @CsvSource({
        "jdbc:postgresql://db:5432/rp, jdbc:postgresql://db:5432/rp, postgres, ''",
        "postgresql://app:secret@db:6543/rp, jdbc:postgresql://db:6543/rp, app, secret",
        "postgres://app@db/rp?sslmode=disable, jdbc:postgresql://db:5432/rp?sslmode=disable, app, ''"
    })
    void testDatabaseUrlsAreTurnedIntoJdbcSettings(String given, String url, String user, String password) {
        TestPostgres.Server server = TestPostgres.fromUrl(given, "postgres", "");

        assertThat(server.url()).isEqualTo(url);
        assertThat(server.user()).isEqualTo(user);
        assertThat(server.password()).isEqualTo(password);
        assertThat(server.url("s1")).startsWith(url).endsWith("currentSchema=s1");
    }
}

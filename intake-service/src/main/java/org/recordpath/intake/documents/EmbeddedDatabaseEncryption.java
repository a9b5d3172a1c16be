package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Encrypts the embedded H2 database file (#11, finding 4): a {@code jdbc:h2:file:} URL gets {@code CIPHER=AES}, and
 * the file password (H2 takes {@code "<file password> <user password>"}) is derived with HMAC-SHA256 from a document
 * key of the same key store ({@code recordpath.storage.*}, the generated local key by default). The id of that key is
 * kept beside the database ({@code <db>.key-id}), so the database still opens after the active key is rotated (keep
 * every key id, as for documents). An existing unencrypted database is encrypted in place on the first start (H2's
 * {@code ChangeFileEncryption}). The data folder and its {@code db} folder are made owner-only first. In-memory databases and other databases (PostgreSQL in {@code prod}) are left alone;
 * {@code recordpath.database.encrypt=false} turns this off. It changes the bound {@code spring.datasource.*} just
 * before the pool is built, so every property source (test ones included) has its say about the path.
 */
public class EmbeddedDatabaseEncryption implements BeanPostProcessor, EnvironmentAware {
    private static final String PREFIX = "jdbc:h2:file:";
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private Environment environment;

    /** The URL and password the data source gets. */
    record Credentials(String url, String password) {}

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** After {@code spring.datasource.*} is bound (every property source in place), before the pool is built. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties) {
            restrictDataFolder(environment.getProperty("recordpath.data-dir"));
            if (environment.getProperty("recordpath.database.encrypt", Boolean.class, true)) {
                StorageSettings storage = Binder.get(environment)
                        .bind("recordpath.storage", StorageSettings.class)
                        .orElse(null);
                encrypted(properties.getUrl(), properties.getPassword(), storage)
                        .ifPresent(c -> {
                            properties.setUrl(c.url());
                            properties.setPassword(c.password());
                        });
            }
        }
        return bean;
    }

    /**
     * For an H2 file URL without a cipher: the URL with {@code CIPHER=AES} and the password H2 then takes, the file
     * encrypted in place first if it is not yet; empty for anything else.
     */
    static Optional<Credentials> encrypted(String url, String password, StorageSettings storage) {
        if (url == null
                || storage == null
                || !url.startsWith(PREFIX)
                || url.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
            return Optional.empty();
        }
        Path database = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]);
        String filePassword = filePassword(StorageKeys.from(storage), database);
        encryptExisting(database, filePassword);
        return Optional.of(
                new Credentials(url + ";CIPHER=AES", filePassword + " " + (password == null ? "" : password)));
    }

    /** The data folder, its folders and the database files owner-only (#11: they were 644/755). */
    private static void restrictDataFolder(String dataDir) {
        if (dataDir == null || dataDir.isBlank()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(dataDir));
            StorageKeys.restrict(folder);
            StorageKeys.restrict(Files.createDirectories(folder.resolve("db")));
            try (var entries = Files.list(folder)) {
                for (Path entry : entries.filter(Files::isDirectory).toList()) {
                    StorageKeys.restrict(entry); // keys, nodes, uploads, documents: rwx------
                }
            }
            try (var files = Files.list(folder.resolve("db"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    StorageKeys.restrict(file); // H2 creates its files rw-r--r--
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder " + dataDir + " cannot be created", e);
        }
    }

    /** HMAC-SHA256 of a fixed label under the key whose id is kept beside the database (the active one at first). */
    static String filePassword(StorageKeys keys, Path database) {
        Path keyIdFile = database.resolveSibling(database.getFileName() + ".key-id");
        try {
            String id;
            if (Files.exists(keyIdFile)) {
                id = Files.readString(keyIdFile, StandardCharsets.US_ASCII).strip();
            } else {
                id = keys.activeId();
                Files.createDirectories(keyIdFile.toAbsolutePath().getParent());
                Files.writeString(keyIdFile, id, StandardCharsets.US_ASCII);
                StorageKeys.restrict(keyIdFile);
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.get(id).getEncoded(), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal("recordpath embedded database file".getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("the database key id in " + keyIdFile + " cannot be kept", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Encrypts an unencrypted database file in place; an encrypted one or none is left as it is. */
    static void encryptExisting(Path database, String filePassword) {
        Path file = database.resolveSibling(database.getFileName() + ".mv.db");
        if (!Files.exists(file) || encrypted(file)) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            Class.forName("org.h2.tools.ChangeFileEncryption")
                    .getMethod(
                            "execute",
                            String.class,
                            String.class,
                            String.class,
                            char[].class,
                            char[].class,
                            boolean.class)
                    .invoke(
                            null,
                            dir.toString(),
                            database.getFileName().toString(),
                            "AES",
                            null,
                            filePassword.toCharArray(),
                            true);
            StorageKeys.restrict(file);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(
                    "the embedded database " + file + " is not encrypted and could not be encrypted in place;"
                            + " stop every process using it and start again, or move the data folder away",
                    e);
        }
    }

    private static boolean encrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_ENCRYPTED_HEADER.length), H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

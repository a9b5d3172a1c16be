package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 finding 4: plaintext a process puts on disk lives in its own owner-only folder; after the process is killed
 * with SIGKILL, the next process to claim a folder removes it, while folders of live processes stay.
 */
class ProcessFolderTest {
    @TempDir
    Path parent;

    /** A process that claims a folder, writes plaintext into it, says where, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        ProcessFolder folder = ProcessFolder.claim(Path.of(args[0]));
        Files.writeString(folder.path().resolve("doc-1.tmp"), "PLAINTEXT-MARKER");
        System.out.println(folder.path());
        System.out.flush();
        Thread.sleep(120_000);
    }

    @Test
    void theFolderOfAProcessKilledWithSigkillIsRemovedByTheNextClaim() throws Exception { // #11
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ProcessFolderTest.class.getName(),
                        parent.toString())
                .redirectErrorStream(true)
                .start();
        Path held;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            held = Path.of(out.readLine());
            ProcessFolder.claim(parent);
            assertThat(held.resolve("doc-1.tmp"))
                    .as("a live process's plaintext stays")
                    .exists();

            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        ProcessFolder mine = ProcessFolder.claim(parent);

        assertThat(held).as("the killed process's folder").doesNotExist();
        assertThat(mine.path()).exists();
        assertThat(Files.getPosixFilePermissions(mine.path())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(parent)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aFolderOfThisProcessStaysAndLooseFilesGo() throws Exception { // #11
        ProcessFolder first = ProcessFolder.claim(parent);
        Files.writeString(first.path().resolve("doc-2.tmp"), "PLAINTEXT");
        Path loose = Files.writeString(parent.resolve("doc-3.tmp"), "PLAINTEXT from before process folders");

        ProcessFolder second = ProcessFolder.claim(parent);

        assertThat(first.path().resolve("doc-2.tmp")).exists();
        assertThat(loose).doesNotExist();
        assertThat(second.path()).isNotEqualTo(first.path());
    }
}

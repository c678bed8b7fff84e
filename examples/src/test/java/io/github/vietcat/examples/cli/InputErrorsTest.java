package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads news files reports a bad input with a message naming it, goes on with
 * the other inputs, and exits with 1 at the end.
 */
class InputErrorsTest {

  @TempDir Path dir;

  /** A good file, whose output must still appear after the bad ones. */
  private Path good() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Hội nghị tỉnh ủy\n\nSáng 12/3, Tỉnh ủy tổ chức hội nghị.\n");
    return good;
  }

  private void assertReported(CliRun run, String name, String message) {
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("vietcat: " + name + ": " + message), run.err());
    assertFalse(run.out().isEmpty(), "the good file's output is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void missingFile(String command) throws IOException {
    String missing = dir.resolve("missing.txt").toString();
    CliRun run = CliRun.run(command, missing, good().toString());
    assertReported(run, missing, "no such file or directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void directoryWithoutTextFiles(String command) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("images"));
    Files.write(empty.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    CliRun run = CliRun.run(command, empty.toString(), good().toString());
    assertReported(run, empty.toString(), "directory without text files");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void binaryFile(String command) throws IOException {
    Path binary = dir.resolve("scan.txt");
    Files.write(binary, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2});
    CliRun run = CliRun.run(command, binary.toString(), good().toString());
    assertReported(run, binary.toString(), "binary file (NUL byte at offset 9), skipped");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void invalidUtf8(String command) throws IOException {
    Path cp1258 = dir.resolve("cp1258.txt");
    Files.write(cp1258, new byte[] {'T', 'i', (byte) 0xEA, 'n', 'g', ' ', 'V', 'i', 'e', 't'});
    CliRun run = CliRun.run(command, cp1258.toString(), good().toString());
    assertReported(run, cp1258.toString(),
        "invalid UTF-8 at byte offset 2 (line 1, byte 0xEA); save the file as UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void invalidUtf8OnStandardInput(String command) {
    CliRun run = CliRun.runWithStdin(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, command);
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat: <stdin>: invalid UTF-8 at byte offset 1 (line 1, byte 0xC0); "
        + "save the file as UTF-8\n", run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "tokenize", "segment"})
  void unreadableFile(String command) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "bí mật");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
    CliRun run = CliRun.run(command, secret.toString(), good().toString());
    assertReported(run, secret.toString(), "cannot read: permission denied");
  }
}

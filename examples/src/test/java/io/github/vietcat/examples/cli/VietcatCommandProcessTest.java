package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's {@code main} in its own process: exit codes and stream separation. */
class VietcatCommandProcessTest {

  @Test
  void versionExitsWithZero() {
    ProcessRun run = ProcessRun.run("--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("vietcat " + VersionProvider.version()), run.out());
    assertEquals("", run.err());
  }

  @Test
  void usageErrorExitsWithTwoAndWritesOnlyToStandardError() {
    ProcessRun run = ProcessRun.run("--no-such-option");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("vietcat: Unknown option: '--no-such-option'"), run.err());
  }

  @Test
  void outputIsUtf8WhateverThePlatformCharset() {
    // ProcessRun starts the JVM with -Dfile.encoding=ISO-8859-1.
    ProcessRun run = ProcessRun.run("Đảng ủy".getBytes(StandardCharsets.UTF_8), "tokenize");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("0\t4\tSYLLABLE\tĐảng\tĐảng\n5\t7\tSYLLABLE\tủy\tuỷ\n", run.out());
  }

  @Test
  void badInputExitsWithOneAfterTheGoodOutput() {
    ProcessRun run = ProcessRun.run("tokenize", "no-such-file.txt", "-");
    assertEquals(1, run.exitCode());
    assertEquals("vietcat: no-such-file.txt: no such file or directory\n", run.err());
    assertEquals("", run.out()); // standard input was empty: no tokens, but it was read
  }

  @Test
  void aFileTooLargeToHoldInTheHeapIsStreamed(@TempDir Path dir)
      throws IOException {
    // 6 MB of two-letter words on one line make two million tokens: far more than a 48 MiB heap
    // holds at once, and no line break to cut at (the 256 Ki-char cap cuts it).
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "ab ".repeat(2_000_000));
    Path small = dir.resolve("small.txt");
    Files.writeString(small, "Đảng ủy");
    ProcessRun run = ProcessRun.runWithJvmOptions(List.of("-Xmx48m"), new byte[0],
        "tokenize", big.toString(), small.toString());
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("# " + big + "\n0\t2\tFOREIGN_WORD\tab\tab\n3\t5\t"),
        out.substring(0, 80));
    assertTrue(out.endsWith("\n5999997\t5999999\tFOREIGN_WORD\tab\tab\n# " + small
        + "\n0\t4\tSYLLABLE\tĐảng\tĐảng\n5\t7\tSYLLABLE\tủy\tuỷ\n"),
        out.substring(out.length() - 200));
    assertEquals(2_000_000 + 4, out.split("\n").length);
  }
}

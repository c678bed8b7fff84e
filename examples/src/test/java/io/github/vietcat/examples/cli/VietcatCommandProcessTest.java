package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}

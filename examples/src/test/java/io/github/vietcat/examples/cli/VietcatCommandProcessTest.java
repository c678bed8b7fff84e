package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

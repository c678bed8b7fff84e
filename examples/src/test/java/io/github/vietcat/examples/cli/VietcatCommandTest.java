package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietcatCommandTest {

  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = CliRun.run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("vietcat " + VersionProvider.version() + "\n"), run.out());
    String version = VersionProvider.version();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.run("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Usage: vietcat"), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing a command"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.run("--frobnicate");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.run("summarize");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("summarize"), run.err());
  }
}

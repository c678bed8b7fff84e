package io.github.vietcat.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error goes to a terminal: progress bars are drawn only there. */
final class Terminal {

  /**
   * System property that states the answer; the {@code ./vietcat} launcher sets it from the shell's
   * {@code [ -t 2 ]} test, which Java 17 cannot do portably by itself.
   */
  static final String STDERR_IS_TERMINAL = "vietcat.stderr.terminal";

  private Terminal() {}

  /** Returns whether standard error is (most likely) a terminal. */
  static boolean stderrIsTerminal() {
    String stated = System.getProperty(STDERR_IS_TERMINAL);
    if (stated != null) {
      return Boolean.parseBoolean(stated);
    }
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // Not Linux, or not allowed to look: fall back on the console check below.
    }
    return System.console() != null;
  }
}

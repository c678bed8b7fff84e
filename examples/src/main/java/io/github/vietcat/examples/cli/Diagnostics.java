package io.github.vietcat.examples.cli;

import java.io.PrintWriter;

/**
 * Reports problems with single inputs on standard error, one line each, and counts them so that a
 * command can go on with its other inputs and still exit with {@link ExitCodes#BAD_INPUT} at the
 * end.
 */
final class Diagnostics {

  private final PrintWriter err;
  private int failures;
  private ProgressBar progress;

  Diagnostics(PrintWriter err) {
    this.err = err;
  }

  /** Makes messages erase this progress bar first, so that they do not run into it. */
  void attach(ProgressBar bar) {
    this.progress = bar;
  }

  /**
   * Reports a problem with one input.
   *
   * @param source the input's name (a path or {@code <stdin>})
   * @param message what is wrong, starting with a lower-case letter
   */
  void problem(String source, String message) {
    failures++;
    clearProgress();
    err.println("vietcat: " + Input.display(source) + ": " + message);
    err.flush();
  }

  /** Prints a note that is not a failure (for example a hint about what was skipped). */
  void note(String message) {
    clearProgress();
    err.println("vietcat: " + message);
    err.flush();
  }

  private void clearProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  /** How many problems were reported. */
  int failures() {
    return failures;
  }

  /** The exit code for a run that processed its inputs: 0, or 1 if any input failed. */
  int exitCode() {
    return failures == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}

package io.github.vietcat.examples.cli;

/** The runner's exit codes. */
final class ExitCodes {

  /** Everything went well. */
  static final int OK = 0;

  /**
   * Bad input: a file that is missing, unreadable, binary or not UTF-8, a directory without text
   * files, a malformed training file or model. Reported with a message naming the file; the other
   * inputs are still processed.
   */
  static final int BAD_INPUT = 1;

  /** Bad usage: an unknown option, a missing or malformed argument (picocli's convention). */
  static final int USAGE = 2;

  private ExitCodes() {}
}

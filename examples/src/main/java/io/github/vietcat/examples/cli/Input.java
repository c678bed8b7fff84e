package io.github.vietcat.examples.cli;

import java.nio.file.Path;

/**
 * One input of a command: a file, or standard input.
 *
 * @param name how the input is named in the output and in messages: the path as given (or found
 *     while walking a directory), or {@link #STDIN_NAME}
 * @param path the file, or {@code null} for standard input
 */
record Input(String name, Path path) {

  /** The name standard input goes by in the output. */
  static final String STDIN_NAME = "<stdin>";

  /** Standard input. */
  static Input stdin() {
    return new Input(STDIN_NAME, null);
  }

  /** Returns whether this input is standard input. */
  boolean isStdin() {
    return path == null;
  }
}

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

  /**
   * The name as printed in text output and messages: kept as it is unless it holds a control char
   * (a file name may hold a line feed or a tab, which would break line-based output); then
   * backslash, tab, line feed and carriage return become {@code \\}, {@code \t}, {@code \n},
   * {@code \r} and other control chars {@code \}{@code uXXXX}. JSON output escapes names itself.
   */
  String displayName() {
    return display(name);
  }

  /** Escapes a name for one line of text output, as {@link #displayName()} does. */
  static String display(String name) {
    boolean control = false;
    for (int i = 0; i < name.length() && !control; i++) {
      control = Character.isISOControl(name.charAt(i));
    }
    if (!control) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Returns whether this input is standard input. */
  boolean isStdin() {
    return path == null;
  }
}

package io.github.vietcat.examples.cli;

/**
 * A problem with one input that the user can fix (missing file, binary file, invalid UTF-8...). Its
 * message is shown as it is after the input's name, so it starts with a lower-case letter.
 */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.github.vietcat.examples.cli;

/**
 * A failure that ends a command with exit code 1 and a one-line message, such as a model file that
 * cannot be loaded or a training file without a single valid item. The message names the file.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }

  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

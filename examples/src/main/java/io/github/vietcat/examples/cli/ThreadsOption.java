package io.github.vietcat.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --threads N} option of the commands that can spread their work over several cores,
 * declared once and added to each by {@link picocli.CommandLine.Mixin}.
 */
final class ThreadsOption {

  /** The largest accepted value: far more than any machine this runs on usefully has. */
  static final int MAX_THREADS = 256;

  @Spec(Spec.Target.MIXEE) private CommandSpec spec;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (1 to " + MAX_THREADS + "; default: the available "
          + "processors). Output stays in input order whatever the number.")
  void setThreads(int value) {
    if (value < 1 || value > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + MAX_THREADS + ", got " + value);
    }
    threads = value;
  }

  /** The number of worker threads, at least 1. */
  int threads() {
    return threads;
  }
}

package io.github.vietcat.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --progress WHEN} option of the commands that stream their inputs (tokenize, segment),
 * whose bar counts MiB of files; declared once and added to each by {@link
 * picocli.CommandLine.Mixin}.
 */
final class StreamProgressOption {

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto (for more than "
          + ProgressMode.AUTO_MIN_ITEMS + " MiB of files, when standard error is a terminal), "
          + "always or never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  /** When to show the progress bar. */
  ProgressMode mode() {
    return progress;
  }
}

package io.github.vietcat.examples.cli;

/** When to draw a progress bar on standard error. */
enum ProgressMode {
  /** For batches of more than a few items, and only when standard error is a terminal. */
  AUTO,
  /** Always, whatever standard error is connected to. */
  ALWAYS,
  /** Never. */
  NEVER;

  /** Batches up to this size get no progress bar in {@link #AUTO} mode. */
  static final int AUTO_MIN_ITEMS = 5;

  /** Decides for a batch of the given size. */
  boolean shows(long items) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> items > AUTO_MIN_ITEMS && Terminal.stderrIsTerminal();
    };
  }
}

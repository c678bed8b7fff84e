package io.github.vietcat.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return and erased
 * when closed, so that it never mixes with the output stream. A disabled bar draws nothing.
 */
final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;
  private static final long MIN_REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean enabled;
  private long done;
  private int drawnCells = -1;
  private long lastDrawNanos;
  private int lastLineLength;

  /**
   * Creates a bar.
   *
   * @param err standard error
   * @param label what is counted, such as "files"
   * @param total how many items the job has
   * @param enabled whether to draw at all
   */
  ProgressBar(PrintWriter err, String label, long total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = Math.max(total, 0);
    this.enabled = enabled && total > 0;
    if (this.enabled) {
      draw();
    }
  }

  /** Counts one item done. */
  void step() {
    advanceTo(done + 1);
  }

  /** Sets the number of items done. */
  void advanceTo(long count) {
    done = Math.min(count, total);
    if (!enabled) {
      return;
    }
    int cells = (int) (WIDTH * done / total);
    long now = System.nanoTime();
    if (done == total || cells != drawnCells && now - lastDrawNanos >= MIN_REDRAW_NANOS) {
      draw();
    }
  }

  private void draw() {
    int cells = (int) (WIDTH * done / total);
    String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s %3d%%", "#".repeat(cells),
        ".".repeat(WIDTH - cells), done, total, label, (int) (100 * done / total));
    err.print("\r" + line + " ".repeat(Math.max(0, lastLineLength - line.length())));
    err.flush();
    lastLineLength = line.length();
    drawnCells = cells;
    lastDrawNanos = System.nanoTime();
  }

  /**
   * Erases the bar before a message is printed on standard error; the next step draws it again.
   */
  void clear() {
    if (enabled && lastLineLength > 0) {
      err.print("\r" + " ".repeat(lastLineLength) + "\r");
      err.flush();
      lastLineLength = 0;
      drawnCells = -1;
      lastDrawNanos = 0;
    }
  }

  /** Erases the bar. */
  @Override
  public void close() {
    clear();
  }
}

package io.github.vietcat.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line for work that reports no steps (training): the task and the seconds elapsed,
 * redrawn in place on standard error once a second and erased when closed. A disabled ticker draws
 * nothing.
 */
final class Ticker implements AutoCloseable {

  private final PrintWriter err;
  private final String task;
  private final Thread thread;
  private final long startNanos = System.nanoTime();
  private int lastLength;

  /**
   * Starts a ticker.
   *
   * @param err standard error
   * @param task what is being done, such as "training on 1,200 items"
   * @param enabled whether to draw at all
   */
  Ticker(PrintWriter err, String task, boolean enabled) {
    this.err = err;
    this.task = task;
    if (enabled) {
      draw();
      thread = new Thread(this::tick, "vietcat-progress");
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(1000);
        draw();
      }
    } catch (InterruptedException e) {
      // Closed: stop drawing.
    }
  }

  private synchronized void draw() {
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    String line = String.format(Locale.ROOT, "%s... %d s", task, seconds);
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
  }

  /** Stops and erases the line. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}

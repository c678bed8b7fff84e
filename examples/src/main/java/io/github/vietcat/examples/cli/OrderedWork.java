package io.github.vietcat.examples.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs pieces of work on a bounded pool of worker threads and hands their results to a sink in the
 * order the pieces were submitted, whatever order they finish in. At most {@code 2 * threads}
 * pieces are pending at once: submitting more waits for the oldest, so memory stays bounded by a
 * few pieces whatever the input's size. With one thread no pool is made: each piece runs at once
 * on the calling thread.
 *
 * <p>Used by one thread (the command's); the sink is called on that thread only. A piece that
 * fails makes {@link #submit} or {@link #drain} rethrow its exception, after the results of the
 * pieces before it have gone to the sink.
 */
final class OrderedWork implements AutoCloseable {

  /**
   * A piece's failure, naming the input it was working on: with pieces of several inputs under
   * way at once, it may surface while a later input is being read.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;

    /**
     * Wraps a piece's exception.
     *
     * @param source the input's name
     * @param cause what the piece threw
     */
    Failure(String source, RuntimeException cause) {
      super(cause.toString(), cause);
      this.source = source;
    }

    /** The name of the input the piece belonged to. */
    String source() {
      return source;
    }
  }

  /**
   * A piece of work on one input, whose exception becomes a {@link Failure} naming the input.
   *
   * @param source the input's name
   * @param piece the work
   * @return the wrapped work
   */
  static Callable<String> of(String source, Callable<String> piece) {
    return () -> {
      try {
        return piece.call();
      } catch (RuntimeException e) {
        throw new Failure(source, e);
      }
    };
  }

  private final int threads;
  private final int maxPending;
  private final Consumer<String> sink;
  private final ExecutorService pool;
  private final ArrayDeque<Future<String>> pending = new ArrayDeque<>();

  /**
   * Creates the pool.
   *
   * @param threads worker threads, at least 1
   * @param sink receives each piece's result, in submission order
   */
  OrderedWork(int threads, Consumer<String> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.maxPending = 2 * threads;
    this.sink = sink;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vietcat-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** The number of worker threads. */
  int threads() {
    return threads;
  }

  /**
   * Submits one piece; results of earlier pieces that are ready go to the sink.
   *
   * @param piece the work, returning the text to write
   */
  void submit(Callable<String> piece) {
    if (pool == null) {
      sink.accept(call(piece));
      return;
    }
    while (pending.size() >= maxPending) {
      sink.accept(result(pending.removeFirst()));
    }
    pending.addLast(pool.submit(piece));
    while (!pending.isEmpty() && pending.peekFirst().isDone()) {
      sink.accept(result(pending.removeFirst()));
    }
  }

  /** Waits for every pending piece and hands its result to the sink, in order. */
  void drain() {
    try {
      while (!pending.isEmpty()) {
        sink.accept(result(pending.removeFirst()));
      }
    } finally {
      cancelPending();
    }
  }

  /** Drops pieces not yet written (after a failure), so the next input starts clean. */
  void cancelPending() {
    for (Future<String> f : pending) {
      f.cancel(true);
    }
    pending.clear();
  }

  @Override
  public void close() {
    cancelPending();
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static String call(Callable<String> piece) {
    try {
      return piece.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String result(Future<String> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelPending();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      cancelPending();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}

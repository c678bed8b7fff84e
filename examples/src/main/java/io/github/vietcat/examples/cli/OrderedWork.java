package io.github.vietcat.examples.cli;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs pieces of work on a bounded pool of worker threads and hands their results (text, or
 * ready output bytes) to a sink in the order the pieces were submitted, whatever order they
 * finish in. At most {@code 2 * threads} pieces are pending at once: submitting more waits for
 * the oldest, so memory stays bounded by a few pieces whatever the input's size. With one thread
 * no pool is made: each piece runs at once on the calling thread.
 *
 * <p>Used by one thread (the command's); the sink and the failure handler are called on that
 * thread only. A piece that fails (made with {@link #of}) goes to the failure handler in its turn,
 * after the results of the pieces before it; the later pieces of the same input are dropped (its
 * output would have a hole), and the other inputs' pieces carry on: one bad input never loses the
 * others' results.
 *
 * @param <T> the type of a piece's result
 */
final class OrderedWork<T> implements AutoCloseable {

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
  static <T> Callable<T> of(String source, Callable<T> piece) {
    return new Piece<>(source, piece);
  }

  /** A piece of work on a named input; its exception becomes a {@link Failure}. */
  private record Piece<T>(String source, Callable<T> work) implements Callable<T> {
    @Override
    public T call() throws Exception {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw new Failure(source, e);
      }
    }
  }

  /** A submitted piece and the input it belongs to (null for pieces made without {@link #of}). */
  private record Pending<T>(String source, Future<T> future) {}

  private final int threads;
  private final int maxPending;
  private final Consumer<T> sink;
  private final Consumer<Failure> failures;
  private final ExecutorService pool;
  private final ArrayDeque<Pending<T>> pending = new ArrayDeque<>();
  /** Inputs whose piece failed: their later pieces are dropped. */
  private final Set<String> failed = new HashSet<>();

  /**
   * Creates the pool.
   *
   * @param threads worker threads, at least 1
   * @param sink receives each piece's result, in submission order
   * @param failures receives each failed piece's {@link Failure}, in submission order
   */
  OrderedWork(int threads, Consumer<T> sink, Consumer<Failure> failures) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.maxPending = 2 * threads;
    this.sink = sink;
    this.failures = failures;
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
   * Submits one piece; results of earlier pieces that are ready go to the sink. A piece of an
   * input that already failed is dropped.
   *
   * @param piece the work, returning what to hand to the sink
   */
  void submit(Callable<T> piece) {
    String source = piece instanceof Piece<?> p ? p.source() : null;
    if (source != null && failed.contains(source)) {
      return;
    }
    if (pool == null) {
      try {
        sink.accept(call(piece));
      } catch (Failure f) {
        fail(f);
      }
      return;
    }
    while (pending.size() >= maxPending) {
      writeFirst();
    }
    pending.addLast(new Pending<>(source, pool.submit(piece)));
    while (!pending.isEmpty() && pending.peekFirst().future().isDone()) {
      writeFirst();
    }
  }

  /** Waits for every pending piece and hands its result to the sink, in order. */
  void drain() {
    while (!pending.isEmpty()) {
      writeFirst();
    }
  }

  @Override
  public void close() {
    for (Pending<T> p : pending) {
      p.future().cancel(true);
    }
    pending.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Writes the oldest pending piece's result, or hands its failure on. */
  private void writeFirst() {
    Pending<T> first = pending.removeFirst();
    T result;
    try {
      result = result(first.future());
    } catch (Failure f) {
      fail(f);
      return;
    }
    sink.accept(result);
  }

  /** Reports a failure and drops the failed input's pieces still pending. */
  private void fail(Failure failure) {
    failed.add(failure.source());
    pending.removeIf(p -> {
      boolean same = failure.source().equals(p.source());
      if (same) {
        p.future().cancel(true);
      }
      return same;
    });
    failures.accept(failure);
  }

  private static <T> T call(Callable<T> piece) {
    try {
      return piece.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
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

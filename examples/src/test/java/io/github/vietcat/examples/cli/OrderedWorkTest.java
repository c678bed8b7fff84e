package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {

  @Test
  void resultsComeInSubmissionOrderWithAtMostTwoPiecesPerThreadAhead() {
    List<String> written = new ArrayList<>();
    AtomicInteger started = new AtomicInteger();
    int[] mostAhead = {0};
    try (OrderedWork<String> work = new OrderedWork<>(3, s -> {
      written.add(s);
      mostAhead[0] = Math.max(mostAhead[0], started.get() - written.size());
    }, OrderedWorkTest::unexpected)) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        work.submit(() -> {
          started.incrementAndGet();
          Thread.sleep((n * 7) % 5); // later pieces often finish first
          return "piece " + n;
        });
      }
      work.drain();
    }
    assertEquals(200, written.size());
    for (int i = 0; i < 200; i++) {
      assertEquals("piece " + i, written.get(i));
    }
    assertTrue(mostAhead[0] <= 6, "pieces run ahead of the output: " + mostAhead[0]);
  }

  @Test
  void oneThreadRunsEachPieceAtOnceOnTheCallingThread() {
    List<String> written = new ArrayList<>();
    Thread caller = Thread.currentThread();
    try (OrderedWork<String> work =
        new OrderedWork<>(1, written::add, OrderedWorkTest::unexpected)) {
      work.submit(() -> Thread.currentThread() == caller ? "here" : "elsewhere");
      assertEquals(List.of("here"), written);
    }
  }

  @Test
  void aFailingPieceIsReportedInItsTurnAndOnlyItsInputIsDropped() {
    for (int threads : new int[] {1, 2}) {
      List<String> written = new ArrayList<>();
      List<OrderedWork.Failure> failures = new ArrayList<>();
      try (OrderedWork<String> work = new OrderedWork<>(threads, written::add, f -> {
        failures.add(f);
        written.add("<failure of " + f.source() + ">");
      })) {
        work.submit(OrderedWork.of("a.txt", () -> "a1"));
        work.submit(OrderedWork.of("b.txt", () -> {
          throw new IllegalArgumentException("broken");
        }));
        work.submit(OrderedWork.of("c.txt", () -> "c1"));
        work.submit(OrderedWork.of("b.txt", () -> "b2 (dropped: its input failed)"));
        work.submit(OrderedWork.of("c.txt", () -> "c2"));
        work.drain();
      }
      assertEquals(1, failures.size(), threads + " threads");
      assertEquals("b.txt", failures.get(0).source());
      assertEquals("java.lang.IllegalArgumentException: broken", failures.get(0).getMessage());
      // The other inputs' results all come, in order, the failure in its place.
      assertEquals(List.of("a1", "<failure of b.txt>", "c1", "c2"), written, threads + " threads");
    }
  }

  private static void unexpected(OrderedWork.Failure f) {
    throw new AssertionError("unexpected failure of " + f.source(), f);
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new OrderedWork<String>(0, s -> { }, OrderedWorkTest::unexpected));
  }
}

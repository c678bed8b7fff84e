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
    try (OrderedWork work = new OrderedWork(3, s -> {
      written.add(s);
      mostAhead[0] = Math.max(mostAhead[0], started.get() - written.size());
    })) {
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
    try (OrderedWork work = new OrderedWork(1, written::add)) {
      work.submit(() -> Thread.currentThread() == caller ? "here" : "elsewhere");
      assertEquals(List.of("here"), written);
    }
  }

  @Test
  void aFailingPieceNamesItsInputAfterTheEarlierResultsAreWritten() {
    List<String> written = new ArrayList<>();
    try (OrderedWork work = new OrderedWork(2, written::add)) {
      // The failure surfaces in a later submit or in drain, whichever meets it first.
      OrderedWork.Failure failure = assertThrows(OrderedWork.Failure.class, () -> {
        work.submit(OrderedWork.of("a.txt", () -> "first"));
        work.submit(OrderedWork.of("b.txt", () -> {
          throw new IllegalArgumentException("broken");
        }));
        work.submit(OrderedWork.of("c.txt", () -> "third"));
        work.drain();
      });
      assertEquals("b.txt", failure.source());
      assertEquals("java.lang.IllegalArgumentException: broken", failure.getMessage());
      assertEquals(List.of("first"), written);
      work.drain(); // nothing left: the pieces after the failure were dropped
      assertEquals(List.of("first"), written);
    }
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new OrderedWork(0, s -> { }));
  }
}

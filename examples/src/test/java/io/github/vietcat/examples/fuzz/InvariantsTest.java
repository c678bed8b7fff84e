package io.github.vietcat.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fuzz regression corpus and a fixed batch of random inputs, through every invariant (the
 * fuzz command runs the same checks for as long as it is given).
 */
class InvariantsTest {

  private static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");

  private static Invariants invariants;

  @BeforeAll
  static void load() {
    invariants = new Invariants();
  }

  @Test
  void theRegressionCorpusKeepsEveryInvariant() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    assertEquals(13, files.size(), files.toString());
    for (Path file : files) {
      List<String> broken = invariants.check(Files.readAllBytes(file));
      assertEquals(List.of(), broken, file.toString());
    }
  }

  @Test
  void aThousandRandomInputsKeepEveryInvariant() {
    FuzzInputs inputs = new FuzzInputs(20261205L);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      byte[] input = inputs.next();
      List<String> broken = invariants.check(input);
      if (!broken.isEmpty()) {
        failures.add(broken + " on " + new String(input, StandardCharsets.UTF_8));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theCheckerCatchesABrokenInvariant() {
    // A token list that does not match its text must be reported: the checker is not vacuous.
    List<String> broken = new ArrayList<>();
    invariants.checkText("Trời mưa", broken);
    assertEquals(List.of(), broken);
    assertTrue(Invariants.hasLongMarkRun("a" + "\u0301".repeat(31)));
    assertTrue(!Invariants.hasLongMarkRun("a" + "\u0301".repeat(30)));
  }
}

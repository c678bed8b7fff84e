package io.github.vietcat.models.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelOffsetsTest {

  private static GenreResult answer(double pA, double pB) {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("A", pA);
    p.put("B", pB);
    return new GenreResult(pA >= pB ? "A" : "B", Math.max(pA, pB), p, List.of(), false);
  }

  @Test
  void offsetsMoveTheBoundaryToTheSmallLabelWhenThatRaisesMacroF1() {
    // Eight A items answered A with 0.9; two B items answered A with 0.6: without offsets B is
    // never predicted (macro-F1 0.44). An offset for B between ln(0.6/0.4) and ln(0.9/0.1) gets
    // every item right.
    List<String> gold = new ArrayList<>();
    List<GenreResult> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      gold.add("A");
      results.add(answer(0.9, 0.1));
    }
    for (int i = 0; i < 2; i++) {
      gold.add("B");
      results.add(answer(0.6, 0.4));
    }
    Map<String, Double> offsets = LabelOffsets.tune(List.of("A", "B"), List.of(gold),
        List.of(results));
    assertEquals(0.0, offsets.get("A"));
    double b = offsets.get("B");
    assertTrue(b > Math.log(0.6 / 0.4) && b < Math.log(0.9 / 0.1), "offset " + b);
    List<GenreResult> moved = LabelOffsets.apply(results, offsets);
    assertEquals(gold, moved.stream().map(GenreResult::label).toList());
    double sum = moved.get(9).probabilities().values().stream().mapToDouble(Double::doubleValue)
        .sum();
    assertEquals(1.0, sum, 1e-12);
  }

  @Test
  void withoutEvidenceForAMoveTheOffsetsStayAtZero() {
    List<String> gold = List.of("A", "B");
    List<GenreResult> results = List.of(answer(0.8, 0.2), answer(0.3, 0.7));
    assertEquals(Map.of("A", 0.0, "B", 0.0),
        LabelOffsets.tune(List.of("A", "B"), List.of(gold), List.of(results)));
  }
}

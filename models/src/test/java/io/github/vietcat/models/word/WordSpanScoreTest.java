package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSpanScoreTest {

  @Test
  void countsWordsBySpan() {
    WordSpanScore score = new WordSpanScore();
    // gold: [cán bộ] [đảng viên] [trẻ]; predicted: [cán bộ] [đảng] [viên trẻ]
    score.add(List.of("cán bộ", "đảng viên", "trẻ"), List.of("cán bộ", "đảng", "viên trẻ"));
    assertEquals(1, score.correct());
    assertEquals(1.0 / 3, score.precision(), 1e-12);
    assertEquals(1.0 / 3, score.recall(), 1e-12);
    score.add(List.of("a b"), List.of("a b"));
    assertEquals(2.0 / 4, score.precision(), 1e-12);
    assertEquals(2.0 / 4, score.recall(), 1e-12);
    assertEquals(0.5, score.f1(), 1e-12);
  }

  @Test
  void rejectsDifferentTexts() {
    assertThrows(IllegalArgumentException.class,
        () -> new WordSpanScore().add(List.of("a b"), List.of("a", "c")));
  }

  @Test
  void greedyLongestMatchTakesTheLongestKnownWord() {
    GreedyLongestMatch greedy = new GreedyLongestMatch(
        java.util.Map.of("mạng xã hội", 10L, "xã hội", 50L, "cán bộ", 2L), 3, 4);
    assertEquals(List.of("mạng xã hội", "cán", "bộ"),
        greedy.segment(List.of("mạng", "xã", "hội", "cán", "bộ")));
  }
}

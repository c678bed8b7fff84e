package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreEvaluator.CrossValidation;
import io.github.vietcat.genre.GenreEvaluator.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenreEvaluatorTest {

  @Test
  void scoresPredictionsExactly() {
    List<String> labels = List.of("A", "B", "C");
    List<String> gold = List.of("A", "A", "A", "B", "B", "C");
    List<String> predicted = List.of("A", "A", "B", "B", "C", "C");
    Evaluation e = GenreEvaluator.evaluate(labels, gold, predicted);
    assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}, e.confusion());
    assertEquals(1.0, e.score("A").precision(), 1e-12);
    assertEquals(2.0 / 3, e.score("A").recall(), 1e-12);
    assertEquals(0.8, e.score("A").f1(), 1e-12);
    assertEquals(0.5, e.score("B").f1(), 1e-12);
    assertEquals(2.0 / 3, e.score("C").f1(), 1e-12);
    assertEquals(3, e.score("A").support());
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, e.macroF1(), 1e-12);
    assertEquals(4.0 / 6, e.accuracy(), 1e-12);
    assertTrue(e.format().contains("macro-F1 0.656   accuracy 0.667"), e.format());
    int[][] copy = e.confusion();
    copy[0][0] = 99;
    assertEquals(2, e.confusion()[0][0]);
  }

  @Test
  void labelWithoutPredictionsHasZeroScores() {
    Evaluation e = GenreEvaluator.evaluate(List.of("A", "B"), List.of("A", "B"), List.of("A", "A"));
    assertEquals(0.0, e.score("B").precision(), 0.0);
    assertEquals(0.0, e.score("B").f1(), 0.0);
    assertThrows(IllegalArgumentException.class,
        () -> GenreEvaluator.evaluate(List.of("A"), List.of("A"), List.of("Z")));
  }

  @Test
  void evaluatesAClassifier() {
    GenreClassifier tiny = GenreFixtures.tinyModel(GenreTrainer.Learner.LINEAR_SVM);
    Evaluation e = GenreEvaluator.evaluate(tiny, GenreFixtures.heldOut());
    assertEquals(1.0, e.macroF1(), 1e-12);
    assertEquals(List.of("DIRECTIVE", "MEETING_SUMMARY", "OTHER", "TRAINING_REPORT"), e.labels());
  }

  @Test
  void crossValidationIsStratifiedAndDeterministic() {
    GenreTrainer.Parameters p = GenreTrainer.Parameters.defaults();
    CrossValidation a = GenreEvaluator.crossValidate(GenreFixtures.training(), p, 3, 7);
    CrossValidation b = GenreEvaluator.crossValidate(GenreFixtures.training(), p, 3, 7);
    assertEquals(3, a.folds().size());
    for (Evaluation fold : a.folds()) {
      // 6 items per label dealt to 3 folds: 2 of each label per fold.
      for (GenreEvaluator.LabelScore s : fold.scores()) {
        assertEquals(2, s.support());
      }
    }
    assertEquals(GenreFixtures.training().size(),
        a.pooled().scores().stream().mapToInt(GenreEvaluator.LabelScore::support).sum());
    assertEquals(a.meanMacroF1(), b.meanMacroF1(), 0.0);
    assertArrayEquals(a.pooled().confusion(), b.pooled().confusion());
    CrossValidation withExtra = GenreEvaluator.crossValidate(
        GenreFixtures.training(), GenreFixtures.heldOut(), p, 3, 7);
    assertEquals(GenreFixtures.training().size(),
        withExtra.pooled().scores().stream().mapToInt(GenreEvaluator.LabelScore::support).sum());
  }
}

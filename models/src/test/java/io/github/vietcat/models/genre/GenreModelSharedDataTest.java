package io.github.vietcat.models.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.models.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped genre model against the shared dev split and the five seed pages. */
class GenreModelSharedDataTest {

  /** The floor of issue 4 on dev.jsonl. */
  static final double MACRO_F1_FLOOR = 0.75;
  static final double TRAINING_REPORT_F1_FLOOR = 0.55;

  /**
   * A guard just below what the shipped model measures on dev (macro-F1 0.767, TRAINING_REPORT F1
   * 0.647), so a rebuild that loses accuracy fails.
   */
  static final double MACRO_F1_GUARD = 0.76;
  static final double TRAINING_REPORT_F1_GUARD = 0.60;

  private Path shared;

  /** Per test, not per class, so that each skipped test is reported with the reason. */
  @BeforeEach
  void locateSharedData() {
    shared = SharedData.require("corpus");
  }

  @Test
  void keepsItsMeasuredScoresOnDev() throws Exception {
    GenreEvaluator.Evaluation e = devScores();
    assertEquals(434, e.scores().stream().mapToInt(GenreEvaluator.LabelScore::support).sum());
    assertTrue(e.macroF1() >= MACRO_F1_GUARD, e.format());
    assertTrue(e.score("TRAINING_REPORT").f1() >= TRAINING_REPORT_F1_GUARD, e.format());
  }

  @Test
  void scoresAtLeastTheIssueFloorOnDev() throws Exception {
    GenreEvaluator.Evaluation e = devScores();
    assertTrue(e.macroF1() >= MACRO_F1_FLOOR, e.format());
    assertTrue(e.score("TRAINING_REPORT").f1() >= TRAINING_REPORT_F1_FLOOR, e.format());
  }

  @Test
  void rebuildingGivesTheShippedBytes() throws Exception {
    GenreClassifier rebuilt =
        BuildGenreModel.train(GenreCorpus.read(shared.resolve("corpus/train.jsonl")));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    rebuilt.save(bytes);
    byte[] shipped;
    try (java.io.InputStream in = getClass().getClassLoader()
        .getResourceAsStream(GenreClassifier.DEFAULT_MODEL_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertEquals(BuildGenreModel.sha256(shipped), BuildGenreModel.sha256(bytes.toByteArray()),
        "the shipped model is not what BuildGenreModel builds from this code and data: rebuild it");
  }

  private GenreEvaluator.Evaluation devScores() throws java.io.IOException {
    return GenreEvaluator.evaluate(GenreClassifier.loadDefault(),
        GenreCorpus.samples(GenreCorpus.read(shared.resolve("corpus/dev.jsonl"))));
  }

  @Test
  void classifiesTheFiveRawSeedPages() throws Exception {
    GenreClassifier classifier = GenreClassifier.loadDefault();
    for (Map.Entry<String, String> seed : Seeds.read(shared).entrySet()) {
      GenreResult r = classifier.classify(seed.getValue());
      assertEquals(Seeds.LABELS.get(seed.getKey()), r.label(), seed.getKey() + ": " + r);
    }
  }
}

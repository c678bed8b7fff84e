package io.github.vietcat.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreFixtures;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.word.SegmenterFixtures;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The OpenNLP adapters on text written for these tests and the tiny genre model. */
class VietnameseOpenNlpTest {

  @Test
  void tokenizerGivesSyllableSpans() {
    VietnameseOpenNlpTokenizer tokenizer = new VietnameseOpenNlpTokenizer();
    String text = "Cán bộ xã, ngày 19/09/2019.";
    assertArrayEquals(new String[] {"Cán", "bộ", "xã", ",", "ngày", "19/09/2019", "."},
        tokenizer.tokenize(text));
    Span[] spans = tokenizer.tokenizePos(text);
    assertEquals(new Span(0, 3, "SYLLABLE"), spans[0]);
    assertEquals(new Span(16, 26, "DATE"), spans[5]);
  }

  @Test
  void tokenizerWithASegmenterGivesWords() {
    VietnameseOpenNlpTokenizer tokenizer =
        new VietnameseOpenNlpTokenizer(SegmenterFixtures.train());
    assertArrayEquals(new String[] {"Cán bộ", "đảng viên", "phải", "gương mẫu", "."},
        tokenizer.tokenize("Cán bộ đảng viên phải gương mẫu."));
  }

  @Test
  void sentenceDetectorKeepsAbbreviationsInside() {
    VietnameseSentenceDetector detector = new VietnameseSentenceDetector();
    String text = "Đoàn công tác đến TP. Hoà Lâm hôm qua. Chiều nay họp tiếp!";
    assertArrayEquals(new String[] {"Đoàn công tác đến TP. Hoà Lâm hôm qua.",
        "Chiều nay họp tiếp!"}, detector.sentDetect(text));
    assertArrayEquals(new Span[] {new Span(0, 38), new Span(39, 58)},
        detector.sentPosDetect(text));
  }

  @Test
  void categorizerAnswersAsTheClassifierAndOpenNlpsEvaluatorAgrees() {
    GenreClassifier model = GenreFixtures.tinyModel(GenreTrainer.Learner.LINEAR_SVM);
    VietnameseDocumentCategorizer categorizer = new VietnameseDocumentCategorizer(model);
    assertEquals(model.labels().size(), categorizer.getNumberOfCategories());
    for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
      assertEquals(i, categorizer.getIndex(categorizer.getCategory(i)));
    }
    List<GenreSample> items = GenreFixtures.heldOut();
    DocumentCategorizerEvaluator evaluator =
        new DocumentCategorizerEvaluator(new VietnameseDocumentCategorizer(model, true));
    for (GenreSample s : items) {
      double[] scores = categorizer.categorize(new String[] {s.body()},
          Map.of(VietnameseDocumentCategorizer.TITLE, s.title()));
      assertEquals(model.classify(s.title(), s.body()).label(),
          categorizer.getBestCategory(scores));
      evaluator.evaluateSample(
          VietnameseDocumentCategorizer.sample(s.label(), s.title(), s.body()));
    }
    assertEquals(GenreEvaluator.evaluate(model, items).accuracy(), evaluator.getAccuracy(), 1e-12);
    assertEquals(1.0, evaluator.getAccuracy());
  }

  @Test
  void fallbackTiesGoToTheFallbackLabelAndBadInputIsRejected() {
    GenreClassifier model = GenreFixtures.tinyModel(GenreTrainer.Learner.LINEAR_SVM);
    VietnameseDocumentCategorizer categorizer = new VietnameseDocumentCategorizer(model);
    double[] scores = categorizer.categorize(new String[] {"The quick brown fox."});
    for (double s : scores) {
      assertEquals(1.0 / scores.length, s, 1e-12);
    }
    assertEquals(model.fallbackLabel(), categorizer.getBestCategory(scores));
    assertThrows(IllegalArgumentException.class, () -> categorizer.getBestCategory(new double[1]));
    assertThrows(IllegalArgumentException.class, () -> categorizer.categorize(
        new String[] {"x"}, Map.of(VietnameseDocumentCategorizer.TITLE, 42)));
    assertEquals(model.labels(), List.copyOf(categorizer.scoreMap(new String[] {"x"}).keySet()));
  }
}

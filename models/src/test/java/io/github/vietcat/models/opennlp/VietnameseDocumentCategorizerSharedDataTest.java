package io.github.vietcat.models.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.models.SharedData;
import io.github.vietcat.models.genre.GenreCorpus;
import io.github.vietcat.opennlp.VietnameseDocumentCategorizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenNLP's own {@link DocumentCategorizerEvaluator} over the shared dev items, run on the shipped
 * genre model through {@link VietnameseDocumentCategorizer}, gives the accuracy of vietcat's
 * evaluator ({@code vietcat evaluate}).
 */
class VietnameseDocumentCategorizerSharedDataTest {

  private Path shared;

  @BeforeEach
  void locateSharedData() {
    shared = SharedData.require("corpus");
  }

  @Test
  void openNlpsEvaluatorGivesVietcatsAccuracyOnDev() throws IOException {
    List<GenreSample> dev = GenreCorpus.samples(GenreCorpus.read(shared.resolve("corpus/dev.jsonl")));
    GenreClassifier classifier = GenreClassifier.loadDefault();
    GenreEvaluator.Evaluation vietcat = GenreEvaluator.evaluate(classifier, dev);

    DocumentCategorizerEvaluator openNlp =
        new DocumentCategorizerEvaluator(new VietnameseDocumentCategorizer(classifier, true));
    for (GenreSample s : dev) {
      openNlp.evaluateSample(VietnameseDocumentCategorizer.sample(s.label(), s.title(), s.body()));
    }
    assertEquals(434, openNlp.getDocumentCount());
    assertEquals(dev.size(), openNlp.getDocumentCount());
    assertEquals(vietcat.accuracy(), openNlp.getAccuracy(), 1e-12,
        "vietcat " + vietcat.accuracy() + ", OpenNLP " + openNlp.getAccuracy());
    System.out.printf("dev accuracy: vietcat %.4f, OpenNLP evaluator %.4f (%d items)%n",
        vietcat.accuracy(), openNlp.getAccuracy(), openNlp.getDocumentCount());
  }
}

package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreTrainer.Learner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenreTrainerTest {

  @Test
  void trainingIsDeterministic() throws IOException {
    for (Learner learner : Learner.values()) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      GenreFixtures.tinyModel(learner).save(a);
      GenreFixtures.tinyModel(learner).save(b);
      assertArrayEquals(a.toByteArray(), b.toByteArray(), learner.name());
    }
  }

  @Test
  void acceptsAnyLabelSet() {
    List<GenreSample> samples = GenreFixtures.training().stream()
        .map(s -> new GenreSample(s.label().equals("OTHER") ? "tin-khac" : "chinh-quyen",
            s.title(), s.body()))
        .toList();
    GenreClassifier classifier = GenreTrainer.train(samples, GenreTrainer.Parameters.defaults()
        .withFeatures(GenreTrainer.Parameters.defaults().features()));
    assertEquals(List.of("chinh-quyen", "tin-khac"), classifier.labels());
    GenreSample fire = GenreFixtures.heldOut().get(3);
    GenreResult r = classifier.classify(fire.title(), fire.body());
    assertEquals("tin-khac", r.label());
    assertEquals(Optional.empty(), r.genre());
    // Without an OTHER label, the fallback is the most frequent label.
    assertEquals("chinh-quyen", classifier.fallbackLabel());
    assertEquals("chinh-quyen", classifier.classify("").label());
  }

  @Test
  void sampleWeightsChangeTheSvm() throws IOException {
    List<GenreSample> weighted = GenreFixtures.training().stream()
        .map(s -> new GenreSample(s.label(), s.title(), s.body(),
            s.label().equals("OTHER") ? 3.0 : 1.0))
        .toList();
    GenreTrainer.Parameters p = GenreTrainer.Parameters.defaults();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ByteArrayOutputStream heavier = new ByteArrayOutputStream();
    GenreTrainer.train(GenreFixtures.training(), p).save(plain);
    GenreTrainer.train(weighted, p).save(heavier);
    assertTrue(!java.util.Arrays.equals(plain.toByteArray(), heavier.toByteArray()));
  }

  @Test
  void rejectsBadInput() {
    GenreSample one = GenreFixtures.training().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> GenreTrainer.train(List.of(one, one), GenreTrainer.Parameters.defaults()));
    assertThrows(NullPointerException.class,
        () -> GenreTrainer.train(null, GenreTrainer.Parameters.defaults()));
    assertThrows(IllegalArgumentException.class, () -> new GenreSample(" ", "t", "b"));
    assertThrows(IllegalArgumentException.class, () -> new GenreSample("A", "t", "b", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new GenreSample("A", "t", "b", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> GenreTrainer.Parameters.defaults()
        .withLearner(Learner.MAXENT, 0));
  }

  @Test
  void parametersDescribeThemselves() {
    String text = GenreTrainer.Parameters.baseline().toString();
    assertTrue(text.startsWith("LINEAR_SVM cost=0.5 iterations=100 minDf=2 balance=BALANCED"),
        text);
  }
}

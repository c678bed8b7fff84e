package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.normalize.TextNormalizer;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of classification that must hold for any input (issue 11). */
class GenreClassifierPropertiesTest {

  private static final GenreClassifier MODEL =
      GenreFixtures.tinyModel(GenreTrainer.Learner.LINEAR_SVM);

  /** Words of the fixtures' register, invisible chars, decomposed marks and line breaks. */
  @Provide
  Arbitrary<String> items() {
    Arbitrary<String> word = Arbitraries.of("Tỉnh", "uỷ", "ủy", "ban", "hành", "Chỉ", "thị",
        "yêu", "cầu", "tập", "huấn", "lớp", "bồi", "dưỡng", "hội", "nghị", "khai", "mạc",
        "kết", "luận", "mưa", "lũ", "12-CT/TU", "30/6", "85%", "a\u0301", "o\u0302\u0300",
        "h\u200Boa\u0300", "\uFEFF", "\u00A0", ".", ",", "\n", "Ðảng");
    return word.list().ofMinSize(0).ofMaxSize(60).map(words -> String.join(" ", words));
  }

  @Property
  void theNormalizedFormGetsTheSameAnswer(@ForAll("items") String text) {
    String normalized = new TextNormalizer(false, false).normalize(text).text();
    GenreResult direct = MODEL.classify(text);
    GenreResult again = MODEL.classify(normalized);
    assertEquals(direct.label(), again.label());
    assertEquals(direct.probability(), again.probability(), 1e-9);
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertEquals(direct.label(), MODEL.classify(nfd).label());
    assertEquals(direct.probability(), MODEL.classify(nfd).probability(), 1e-9);
  }
}

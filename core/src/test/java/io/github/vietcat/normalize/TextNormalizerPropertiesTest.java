package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.clean.NewsPageCleaner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of normalization that must hold for any input. */
class TextNormalizerPropertiesTest {

  @Provide
  Arbitrary<String> text() {
    String chars = "aăâđêôơưàáảãạòóỏõọuyUYOAĐ \n<>/&;#x1p!-b0123456789\u00A0\u200B\u00D0\u00F0"
        + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u2028\u0007\uFEFF\uD83D\uDE00";
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(120));
  }

  @Property(tries = 600)
  void plainNormalizationIsIdempotent(@ForAll("text") String input) {
    TextNormalizer normalizer = new TextNormalizer(false, true);
    String once = normalizer.normalize(input).text();
    assertEquals(once, normalizer.normalize(once).text());
  }

  @Property(tries = 600)
  void toneMarksAreIdempotent(@ForAll("text") String input) {
    String once = ToneMarks.canonical(input);
    assertEquals(once, ToneMarks.canonical(once));
  }

  @Property(tries = 600)
  void offsetMapIsMonotonicAndWithinTheOriginal(@ForAll("text") String input) {
    NormalizedText result = new TextNormalizer().normalize(input);
    int previous = 0;
    for (int k = 0; k < result.text().length(); k++) {
      int start = result.originalStart(k);
      int end = result.originalEnd(k + 1);
      assertTrue(start >= previous && end > start && end <= input.length());
      previous = start;
    }
  }

  @Property(tries = 300)
  void cleaningNeverFails(@ForAll("text") String input) {
    new NewsPageCleaner().clean(input);
  }
}

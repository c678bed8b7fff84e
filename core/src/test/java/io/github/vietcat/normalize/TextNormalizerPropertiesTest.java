package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.clean.NewsPageCleaner;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of normalization that must hold for any input.
 *
 * <p>Tries come from {@code jqwik.tries.default} (junit-platform.properties), so a local run can
 * multiply them: {@code ./mvnw -B -pl core test -Djqwik.tries.default=6000}. A failure jqwik finds
 * once is kept below as an {@link Example} with its shrunk sample.
 */
class TextNormalizerPropertiesTest {

  private static final String CHARS =
      "aăâđêôơưàáảãạòóỏõọuyUYOAĐ \n<>/&;#x1p!-b0123456789\u00A0\u200B\u00D0\u00F0"
          + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u2028\u0007\uFEFF\u00AD\u200D"
          + "\uD83D\uDE00";

  /** Invisible chars that normalization removes, and the marks they may separate. */
  private static final String INVISIBLE_AND_MARKS =
      "aăâoơuưyAĂÂOƠ \u200B\u200C\u200D\uFEFF\u00AD\u2060\u0300\u0301\u0303\u0309\u0323\u0302"
          + "\u0306\u031B";

  private final TextNormalizer plain = new TextNormalizer(false, true);
  private final TextNormalizer html = new TextNormalizer(true, false);

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withChars(CHARS.toCharArray()).ofMaxLength(120));
  }

  @Provide
  Arbitrary<String> invisibleBetweenMarks() {
    return Arbitraries.strings().withChars(INVISIBLE_AND_MARKS.toCharArray()).ofMaxLength(60);
  }

  @Property
  void plainNormalizationIsIdempotent(@ForAll("text") String input) {
    String once = plain.normalize(input).text();
    assertEquals(once, plain.normalize(once).text());
  }

  /** Issue 11: jqwik seed 8363342138231408959 shrank to this. */
  @Example
  void marksSeparatedByZeroWidthSpacesComposeInOnePass() {
    NormalizedText result = plain.normalize("ă\u200B\u0302\u200B\u0323");
    String once = result.text();
    assertEquals("ặ\u0302", once);
    assertEquals(0, result.originalStart(0));
    assertEquals(0, result.originalStart(1));
    assertEquals(5, result.originalEnd(2));
    assertEquals(once, plain.normalize(once).text());
  }

  /** Issue 11: the sample before shrinking. */
  @Example
  void originalSampleOfIssue11IsIdempotent() {
    String input = "x Ðư\u200B\u0306\u0302\uFEFF\u0323 â8ơÀ";
    String once = plain.normalize(input).text();
    assertEquals(once, plain.normalize(once).text());
    assertEquals(Normalizer.normalize(once, Normalizer.Form.NFC), once);
  }

  @Property
  void removingInvisibleCharsFirstChangesNothing(@ForAll("invisibleBetweenMarks") String input) {
    String visible = input.replaceAll("\\p{Cf}", "");
    assertEquals(plain.normalize(visible).text(), plain.normalize(input).text());
  }

  @Property
  void plainResultIsNfc(@ForAll("invisibleBetweenMarks") String input) {
    String once = new TextNormalizer(false, false).normalize(input).text();
    assertEquals(Normalizer.normalize(once, Normalizer.Form.NFC), once);
  }

  @Property
  void decomposedAndComposedInputNormalizeAlike(@ForAll("invisibleBetweenMarks") String input) {
    assertEquals(
        plain.normalize(Normalizer.normalize(input, Normalizer.Form.NFC)).text(),
        plain.normalize(Normalizer.normalize(input, Normalizer.Form.NFD)).text());
  }

  /** An inline tag or a character reference between a letter and its mark changes nothing. */
  @Property
  void markupBetweenLetterAndMarkComposesAsPlainText(
      @ForAll("invisibleBetweenMarks") String input) {
    StringBuilder tagged = new StringBuilder();
    StringBuilder referenced = new StringBuilder();
    for (char c : input.toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        tagged.append("<b>").append(c).append("</b>");
        referenced.append("&#x").append(Integer.toHexString(c)).append(';');
      } else {
        tagged.append(c);
        referenced.append(c);
      }
    }
    String expected = html.normalize(input).text();
    assertEquals(expected, html.normalize(tagged.toString()).text());
    assertEquals(expected, html.normalize(referenced.toString()).text());
  }

  @Property
  void htmlNormalizationOfTextWithoutMarkupIsIdempotent(@ForAll("text") String input) {
    String once = html.normalize(input.replace('<', ' ').replace('&', ' ')).text();
    assertEquals(once, html.normalize(once).text());
  }

  @Property
  void toneMarksAreIdempotent(@ForAll("text") String input) {
    String once = ToneMarks.canonical(input);
    assertEquals(once, ToneMarks.canonical(once));
  }

  @Property
  void canonicalToneMarksAfterNfcAreStable(@ForAll("invisibleBetweenMarks") String input) {
    String once = plain.normalize(input).text();
    assertEquals(once, ToneMarks.canonical(Normalizer.normalize(once, Normalizer.Form.NFC)));
  }

  @Property
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

  @Property
  void cleaningNeverFails(@ForAll("text") String input) {
    new NewsPageCleaner().clean(input);
  }
}

package io.github.vietcat.genre.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GenreFeatureExtractorPropertiesTest {

  /** The hand-written scanner finds exactly the units the regular expression finds. */
  @Property
  void plainUnitsAreTheMatchesOfThePlainUnitPattern(@ForAll("mixedText") String text) {
    assertEquals(byPattern(text), GenreFeatureExtractor.plainUnits(text));
  }

  @Example
  void plainUnitsOfAnExampleLine() {
    assertEquals(List.of("ủy", "ban", "số", "21", "ct_tu", "x̃y"),
        GenreFeatureExtractor.plainUnits("Ủy ban: số 21 a CT_TU, X\u0303Y 𝐀 ."));
  }

  private static List<String> byPattern(String text) {
    Matcher m = GenreFeatureExtractor.PLAIN_UNIT.matcher(text.toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Provide
  Arbitrary<String> mixedText() {
    // Vietnamese letters and marks, ASCII, digits, punctuation, the Turkish dotted I (which
    // lower-cases to two chars), supplementary letters and digits, format characters.
    return Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃĂẮẶĐĨŨƠỮỰ_0123456789 ,.-/:\n\t")
        .withChars('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0130', '\u200b', '\u00a0',
            '\u0903', '\u20dd', '\u02b0', '\u01c5', '\u0660')
        .withCharRange('\ud835', '\ud835')
        .withCharRange('\udc00', '\udc05')
        .ofMaxLength(60);
  }
}

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

  /** Locating several features at once gives what locating each alone gives. */
  @Property(tries = 200)
  void locateAllAgreesWithLocate(@ForAll("sentences") String text) {
    GenreFeatureExtractor extractor = new GenreFeatureExtractor(
        io.github.vietcat.genre.GenreTrainer.Parameters.defaults().features());
    List<String> features = new ArrayList<>(new java.util.TreeSet<>(extractor.extract("", text)));
    List<io.github.vietcat.token.Token> tokens =
        new io.github.vietcat.token.SyllableTokenizer().tokenize(text);
    List<List<int[]>> all = GenreFeatureExtractor.locateAll(features, tokens);
    for (int i = 0; i < features.size(); i++) {
      List<int[]> one = GenreFeatureExtractor.locate(features.get(i), tokens);
      assertEquals(one.size(), all.get(i).size(), features.get(i));
      for (int k = 0; k < one.size(); k++) {
        assertEquals(java.util.Arrays.toString(one.get(k)), java.util.Arrays.toString(all.get(i).get(k)),
            features.get(i));
      }
    }
  }

  /**
   * The sequences given to a look-up, copied as they come, are the features {@code extract}
   * gives, for the cue model's features and the plain n-grams alike.
   */
  @Property(tries = 200)
  void extractSequencesGivesTheFeaturesOfExtract(@ForAll("sentences") String text) {
    for (FeatureSet set : List.of(io.github.vietcat.genre.GenreTrainer.Parameters.defaults().features(),
        FeatureSet.BASELINE)) {
      GenreFeatureExtractor extractor = new GenreFeatureExtractor(set);
      List<String> copied = new ArrayList<>();
      extractor.extractSequences("Tỉnh ủy họp", text, f -> copied.add(f.toString()));
      assertEquals(extractor.extract("Tỉnh ủy họp", text), copied);
    }
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of("Sáng 12/3", "Tỉnh ủy", "tổ chức", "hội nghị", "quán triệt",
            "Chỉ thị số 21-CT/TU", "yêu cầu", "các huyện", "tập huấn", "đạt 95%", "ban hành",
            "kết luận", "đồng chí", "phát biểu", ".", ",", "\n", "lớp bồi dưỡng", "họp báo")
        .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join(" ", parts));
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

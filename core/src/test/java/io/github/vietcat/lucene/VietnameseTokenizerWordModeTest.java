package io.github.vietcat.lucene;

import io.github.vietcat.word.SegmenterFixtures;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;

/**
 * Word mode, with a small model trained in the test (vietcat-core's tests do not have the shipped
 * model: that would make a dependency cycle with vietcat-models).
 */
public class VietnameseTokenizerWordModeTest extends BaseTokenStreamTestCase {

  private static final WordSegmenter SEGMENTER = SegmenterFixtures.train();

  private static Analyzer wordTokenizer(boolean discardPunctuation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, VietnameseTokenizer.Mode.WORD,
            discardPunctuation, SEGMENTER));
      }
    };
  }

  public void testDefaultModeIsWord() {
    assertEquals(VietnameseTokenizer.Mode.WORD, VietnameseTokenizer.DEFAULT_MODE);
    assertEquals(VietnameseTokenizer.Mode.WORD, VietnameseTokenizer.Mode.parse("word"));
    assertEquals(VietnameseTokenizer.Mode.SYLLABLE, VietnameseTokenizer.Mode.parse("Syllable"));
  }

  public void testWordsAreTermsWithJoinedOffsets() throws IOException {
    try (Analyzer a = wordTokenizer(true)) {
      assertAnalyzesTo(a, "Cán bộ đảng viên, năm 2024 phải gương  mẫu.",
          new String[] {"Cán bộ", "đảng viên", "năm", "2024", "phải", "gương mẫu"},
          new int[] {0, 7, 18, 22, 27, 32},
          new int[] {6, 16, 21, 26, 31, 42},
          new String[] {"<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>", "<NUMBER>", "<SYLLABLE>",
              "<SYLLABLE>"},
          new int[] {1, 1, 1, 1, 1, 1});
    }
    try (Analyzer a = wordTokenizer(false)) {
      assertAnalyzesTo(a, "hoà bình, hòa bình.",
          new String[] {"hoà bình", ",", "hoà bình", "."},
          new int[] {0, 8, 10, 18}, new int[] {8, 9, 18, 19});
    }
  }

  public void testAnalyzerInWordModeLowerCasesAndStops() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer(VietnameseTokenizer.Mode.WORD, true,
        VietnameseAnalyzer.getDefaultStopSet(), SEGMENTER)) {
      assertAnalyzesTo(a, "Hòa bình là mong ước của mọi người",
          new String[] {"hoà bình", "mong ước", "mọi", "người"},
          new int[] {0, 12, 25, 29}, new int[] {8, 20, 28, 34},
          new int[] {1, 2, 2, 1});
    }
    try (Analyzer a = new VietnameseAnalyzer(VietnameseTokenizer.Mode.WORD, true,
        CharArraySet.EMPTY_SET, SEGMENTER)) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " \n\t\u00A0", new String[0]);
    }
  }

  public void testRandomTextInWordMode() throws IOException {
    Analyzer withCharFilter = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, VietnameseTokenizer.Mode.WORD, true,
            SEGMENTER));
      }

      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new MockCharFilter(reader, 7);
      }
    };
    try (Analyzer a = wordTokenizer(true); Analyzer b = wordTokenizer(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), withCharFilter, 100 * RANDOM_MULTIPLIER, 8192);
    }
    withCharFilter.close();
  }

  public void testWordModeWithoutTheShippedModelFailsClearly() {
    // No vietcat-models on core's test classpath: the default segmenter cannot be loaded.
    IllegalStateException e = expectThrows(IllegalStateException.class,
        () -> new VietnameseTokenizer(VietnameseTokenizer.Mode.WORD, true));
    assertTrue(e.getMessage(), e.getMessage().contains(WordSegmenter.DEFAULT_MODEL_RESOURCE));
    assertTrue(e.getMessage(), e.getMessage().contains("vietcat-models"));
    assertTrue(e.getMessage(), e.getMessage().contains("mode=syllable"));

    Map<String, String> args = new HashMap<>();
    TokenizerFactory factory = TokenizerFactory.forName("vietnamese", args);
    e = expectThrows(IllegalStateException.class, factory::create);
    assertTrue(e.getMessage(), e.getMessage().contains("vietcat-models"));
    expectThrows(IllegalStateException.class, VietnameseAnalyzer::new);
  }
}

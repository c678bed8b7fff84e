package io.github.vietcat.lucene;

import io.github.vietcat.word.SegmenterFixtures;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Mixed mode: words and their syllables stacked, with the small model trained in the tests. */
public class VietnameseTokenizerMixedModeTest extends BaseTokenStreamTestCase {

  private static final WordSegmenter SEGMENTER = SegmenterFixtures.train();

  private static Analyzer mixed(int maxTokenLength) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        VietnameseTokenizer tokenizer = new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, VietnameseTokenizer.Mode.MIXED, true,
            SEGMENTER);
        tokenizer.setMaxTokenLength(maxTokenLength);
        return new TokenStreamComponents(tokenizer);
      }
    };
  }

  public void testWordsAndTheirSyllablesAreStacked() throws IOException {
    try (Analyzer a = mixed(255)) {
      assertAnalyzesTo(a, "Cán bộ đảng viên, năm 2024 phải gương mẫu.",
          new String[] {"Cán bộ", "Cán", "bộ", "đảng viên", "đảng", "viên", "năm", "2024",
              "phải", "gương mẫu", "gương", "mẫu"},
          new int[] {0, 0, 4, 7, 7, 12, 18, 22, 27, 32, 32, 38},
          new int[] {6, 3, 6, 16, 11, 16, 21, 26, 31, 41, 37, 41},
          new String[] {"<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>",
              "<SYLLABLE>", "<SYLLABLE>", "<NUMBER>", "<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>",
              "<SYLLABLE>"},
          new int[] {1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1},
          new int[] {2, 1, 1, 2, 1, 1, 1, 1, 1, 2, 1, 1});
    }
  }

  public void testAWordLongerThanTheLimitGivesOnlyItsSyllables() throws IOException {
    try (Analyzer a = mixed(5)) {
      assertAnalyzesTo(a, "cán bộ gương mẫu",
          new String[] {"cán", "bộ", "gương", "mẫu"},
          new int[] {0, 4, 7, 13}, new int[] {3, 6, 12, 16},
          null, new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 1});
    }
  }

  public void testRandomTextInMixedMode() throws IOException {
    try (Analyzer a = mixed(255)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testFactoryTakesMixedMode() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("mode", "Mixed");
    VietnameseTokenizerFactory factory =
        new VietnameseTokenizerFactory(args, () -> SEGMENTER);
    VietnameseTokenizer tokenizer = (VietnameseTokenizer) factory.create();
    assertEquals(VietnameseTokenizer.Mode.MIXED, tokenizer.mode());
    tokenizer.setReader(new java.io.StringReader("hòa bình"));
    assertTokenStreamContents(tokenizer, new String[] {"hoà bình", "hoà", "bình"},
        null, null, null, new int[] {1, 0, 1}, new int[] {2, 1, 1});
    assertTrue(TokenizerFactory.availableTokenizers().contains("vietnamese"));
  }
}

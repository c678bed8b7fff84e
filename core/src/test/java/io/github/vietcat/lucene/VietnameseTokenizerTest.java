package io.github.vietcat.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;

/** Lucene's own checks of the tokenizer, analyzer and factory. */
public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

  private static Analyzer tokenizerOnly(boolean discardPunctuation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(
            new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, discardPunctuation));
      }
    };
  }

  /** The analyzer in syllable mode with the default stop words (core tests have no model). */
  private static Analyzer syllableAnalyzer() {
    return new VietnameseAnalyzer(VietnameseTokenizer.Mode.SYLLABLE, true,
        VietnameseAnalyzer.getDefaultStopSet());
  }

  public void testTermsOffsetsTypesAndPositions() throws IOException {
    try (Analyzer a = tokenizerOnly(true)) {
      assertAnalyzesTo(a, "Chỉ thị 21-CT/TU ngày 19/09/2019, UBND hòa giải 55,5%.",
          new String[] {"Chỉ", "thị", "21-CT/TU", "ngày", "19/09/2019", "UBND", "hoà", "giải",
              "55,5%"},
          new int[] {0, 4, 8, 17, 22, 34, 39, 43, 48},
          new int[] {3, 7, 16, 21, 32, 38, 42, 47, 53},
          new String[] {"<SYLLABLE>", "<SYLLABLE>", "<DOCUMENT_CODE>", "<SYLLABLE>", "<DATE>",
              "<ABBREVIATION>", "<SYLLABLE>", "<SYLLABLE>", "<PERCENT>"},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testPunctuationCanBeKept() throws IOException {
    try (Analyzer a = tokenizerOnly(false)) {
      assertAnalyzesTo(a, "Đi, về!", new String[] {"Đi", ",", "về", "!"},
          new int[] {0, 2, 4, 6}, new int[] {2, 3, 6, 7},
          new String[] {"<SYLLABLE>", "<PUNCTUATION>", "<SYLLABLE>", "<PUNCTUATION>"},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testOffsetsSurviveNormalizationAndCharFilters() throws IOException {
    try (Analyzer a = tokenizerOnly(true)) {
      // Ð (eth) and a decomposed tone mark.
      assertAnalyzesTo(a, "\u00D0a\u0300 Nẵng", new String[] {"Đà", "Nẵng"},
          new int[] {0, 4}, new int[] {3, 8});
    }
    try (Analyzer a = syllableAnalyzer()) {
      // An entity and tags removed by the analyzer's HTML char filter (Lucene's
      // HTMLStripCharFilter, whose end offset of a term before a removed tag is after the tag).
      assertAnalyzesTo(a, "\u00D0a\u0300 &amp; <b>Nẵng</b>", new String[] {"đà", "nẵng"},
          new int[] {0, 13}, new int[] {3, 21});
    }
    Analyzer withCharFilter = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(
            new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, true));
      }

      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new MockCharFilter(reader, 7);
      }
    };
    checkRandomData(random(), withCharFilter, 200);
    withCharFilter.close();
  }

  public void testLongInputIsReadInChunks() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("dòng ").append(i).append('\n');
    }
    try (Analyzer a = tokenizerOnly(true)) {
      String[] terms = new String[10000];
      for (int i = 0; i < 5000; i++) {
        terms[2 * i] = "dòng";
        terms[2 * i + 1] = Integer.toString(i);
      }
      assertAnalyzesTo(a, text.toString(), terms);
    }
  }

  public void testAnalyzerLowerCasesNormalizesAndStops() throws IOException {
    try (Analyzer a = syllableAnalyzer()) {
      assertAnalyzesTo(a, "Thủy điện và Hòa Bình của TP.HCM",
          new String[] {"thuỷ", "điện", "hoà", "bình", "tp.hcm"},
          new int[] {0, 5, 13, 17, 26}, new int[] {4, 9, 16, 21, 32},
          new int[] {1, 1, 2, 1, 2});
      assertEquals("hoà", a.normalize("f", "HÒA").utf8ToString());
      assertEquals("thuỷ", a.normalize("f", java.text.Normalizer.normalize("Thủy",
          java.text.Normalizer.Form.NFD)).utf8ToString());
    }
    try (Analyzer a =
        new VietnameseAnalyzer(VietnameseTokenizer.Mode.SYLLABLE, true, CharArraySet.EMPTY_SET)) {
      assertAnalyzesTo(a, "và của", new String[] {"và", "của"});
    }
  }

  public void testDefaultStopWordsAreCanonical() {
    for (Object word : VietnameseAnalyzer.getDefaultStopSet()) {
      String s = new String((char[]) word);
      assertEquals(s, io.github.vietcat.normalize.ToneMarks.canonical(s).toLowerCase(java.util.Locale.ROOT));
    }
    assertTrue(VietnameseAnalyzer.getDefaultStopSet().contains("của"));
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = tokenizerOnly(true); Analyzer b = tokenizerOnly(false);
        Analyzer c = syllableAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), c, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testEmptyAndBlank() throws IOException {
    try (Analyzer a = syllableAnalyzer()) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " \n\t\u00A0", new String[0]);
    }
  }

  public void testFactoryBySpiName() throws IOException {
    assertTrue(TokenizerFactory.availableTokenizers().contains(VietnameseTokenizerFactory.NAME));
    Map<String, String> args = new HashMap<>();
    args.put("mode", "Syllable");
    args.put("discardPunctuation", "false");
    VietnameseTokenizer tokenizer =
        (VietnameseTokenizer) TokenizerFactory.forName("vietnamese", args).create();
    tokenizer.setReader(new StringReader("Xin chào."));
    assertTokenStreamContents(tokenizer, new String[] {"Xin", "chào", "."});

    try (Analyzer custom = CustomAnalyzer.builder()
        .withTokenizer("vietnamese", "mode", "syllable")
        .addTokenFilter("vietnameseNormalization")
        .addTokenFilter("lowercase")
        .build()) {
      assertAnalyzesTo(custom, "Ủy ban", new String[] {"uỷ", "ban"});
    }
  }

  public void testFactoryRejectsBadParameters() {
    Map<String, String> unknown = new HashMap<>();
    unknown.put("colour", "blue");
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new VietnameseTokenizerFactory(unknown));
    assertTrue(e.getMessage().contains("Unknown parameters"));
    Map<String, String> badMode = new HashMap<>();
    badMode.put("mode", "sentence");
    e = expectThrows(IllegalArgumentException.class,
        () -> new VietnameseTokenizerFactory(badMode));
    assertTrue(e.getMessage().contains("unknown mode"));
  }
}

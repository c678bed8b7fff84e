package io.github.vietcat.lucene;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** Diacritic folding: NFC and NFD, both tone placements, đ, preserveOriginal. */
public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  public void testFoldsTonesVowelMarksAndD() {
    assertEquals("Dang uy hoa binh nguoi Viet", VietnameseFoldingFilter.fold(
        "Đảng ủy hòa bình người Việt"));
    assertEquals("hoa hoa thuy thuy", VietnameseFoldingFilter.fold("hoà hòa thuỷ thủy"));
    assertEquals("dD dD", VietnameseFoldingFilter.fold("đĐ \u00F0\u00D0"));
    String plain = "khong dau";
    assertSame(plain, VietnameseFoldingFilter.fold(plain));
    assertSame("日本", VietnameseFoldingFilter.fold("日本"));
  }

  public void testDecomposedInputWithTheDotBelowFirst() {
    // In NFD, "ặ" is a + U+0323 (dot below) + U+0306 (breve): the dot sorts first.
    String text = "Đặng Thị Hoà nặng nhọc";
    String decomposed = nfd(text);
    assertEquals('\u0323', decomposed.charAt(2));
    assertEquals('\u0306', decomposed.charAt(3));
    assertEquals("Dang Thi Hoa nang nhoc", VietnameseFoldingFilter.fold(decomposed));
    // The marks in the other order (not canonical, but seen in the wild) fold the same.
    assertEquals("nang", VietnameseFoldingFilter.fold("na\u0306\u0323ng"));
    // A lone combining mark disappears.
    assertEquals("", VietnameseFoldingFilter.fold("\u0301"));
  }

  private static Analyzer folding(boolean preserveOriginal) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(tokenizer,
            new VietnameseFoldingFilter(tokenizer, preserveOriginal));
      }
    };
  }

  public void testPreserveOriginalStacksTheFoldedTerm() throws IOException {
    try (Analyzer a = folding(true)) {
      assertAnalyzesTo(a, "hoà binh " + nfd("nặng"),
          new String[] {"hoà", "hoa", "binh", nfd("nặng"), "nang"},
          new int[] {0, 0, 4, 9, 9}, new int[] {3, 3, 8, 15, 15},
          new int[] {1, 0, 1, 1, 0});
    }
    try (Analyzer a = folding(false)) {
      assertAnalyzesTo(a, "hoà binh", new String[] {"hoa", "binh"}, new int[] {1, 1});
    }
    try (Analyzer a = folding(true); Analyzer b = folding(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testFactoryBySpiNameInACustomAnalyzer() throws IOException {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains("vietnameseFolding"));
    try (Analyzer custom = CustomAnalyzer.builder()
        .withTokenizer("vietnamese", "mode", "syllable")
        .addTokenFilter("vietnameseNormalization")
        .addTokenFilter("lowercase")
        .addTokenFilter("vietnameseFolding", "preserveOriginal", "true")
        .build()) {
      assertAnalyzesTo(custom, "Đà Nẵng", new String[] {"đà", "da", "nẵng", "nang"},
          new int[] {1, 0, 1, 0});
      assertEquals("da nang", custom.normalize("f", "Đà Nẵng").utf8ToString());
    }
    Map<String, String> bad = new HashMap<>();
    bad.put("preserve", "true");
    expectThrows(IllegalArgumentException.class, () -> new VietnameseFoldingFilterFactory(bad));
  }

  public void testAnalyzerFoldingFindsQueriesWithoutDiacritics() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer(VietnameseTokenizer.Mode.SYLLABLE, true,
        VietnameseAnalyzer.getDefaultStopSet(), null, false, true)) {
      assertAnalyzesTo(a, "Thủy điện Hòa Bình",
          new String[] {"thuỷ", "thuy", "điện", "dien", "hoà", "hoa", "bình", "binh"},
          new int[] {1, 0, 1, 0, 1, 0, 1, 0});
      assertAnalyzesTo(a, "thuy dien", new String[] {"thuy", "dien"});
    }
  }
}

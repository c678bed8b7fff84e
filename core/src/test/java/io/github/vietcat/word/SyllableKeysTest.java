package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SyllableKeysTest {

  @Test
  void tonePlacementDoesNotMatter() {
    assertEquals(SyllableKeys.key("hòa"), SyllableKeys.key("hoà"));
    assertEquals(SyllableKeys.key("thủy"), SyllableKeys.key("thuỷ"));
    assertEquals(SyllableKeys.key("khỏe"), SyllableKeys.key("khoẻ"));
  }

  @Test
  void composedAndDecomposedAreAlike() {
    String composed = "Nguyễn";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertNotEquals(composed, decomposed);
    assertEquals(SyllableKeys.key(composed), SyllableKeys.key(decomposed));
    assertEquals(SyllableKeys.key("hoà"),
        SyllableKeys.key(Normalizer.normalize("hòa", Normalizer.Form.NFD)));
  }

  @Test
  void caseAndLookAlikeLettersAreFolded() {
    assertEquals(SyllableKeys.key("đảng"), SyllableKeys.key("ĐẢNG"));
    assertEquals(SyllableKeys.key("đảng"), SyllableKeys.key("\u00d0ảng")); // Ð (eth)
    assertEquals(SyllableKeys.key("đi"), SyllableKeys.key("\u00f0i")); // ð (eth)
  }

  @Test
  void tonesStayDistinct() {
    assertNotEquals(SyllableKeys.key("ma"), SyllableKeys.key("mà"));
    assertNotEquals(SyllableKeys.key("mà"), SyllableKeys.key("má"));
    assertNotEquals(SyllableKeys.key("mả"), SyllableKeys.key("mã"));
    assertNotEquals(SyllableKeys.key("mã"), SyllableKeys.key("mạ"));
    assertNotEquals(SyllableKeys.key("mơ"), SyllableKeys.key("mo"));
  }

  @Test
  void digitsShareOneKey() {
    assertEquals(SyllableKeys.key("2024"), SyllableKeys.key("1999"));
    assertEquals("00,0", SyllableKeys.key("12,5"));
  }

  @Test
  void otherScriptsAreLowerCasedAsIs() {
    assertEquals("facebook", SyllableKeys.key("Facebook"));
    assertEquals("\u03b1\u03b2", SyllableKeys.key("\u0391\u0392"));
    assertEquals("", SyllableKeys.key(""));
  }

  @Test
  void bufferFillAgreesWithKeyShapeAndHash() {
    SyllableKeys.Buffer buffer = new SyllableKeys.Buffer();
    for (String s : new String[] {"cán", "Cán", "CÁN", "hoà", "Nguyễn",
        Normalizer.normalize("Nguyễn", Normalizer.Form.NFD), "2024", "12,5%", "“", "...", "iPhone",
        "\u00d0ảng", "Facebook", "\u0391\u0392", "x\u0301\u0302", "", "a".repeat(100)}) {
      SyllableKeys.fill(s, buffer);
      String key = SyllableKeys.key(s);
      assertEquals(key, new String(buffer.chars, 0, buffer.length), s);
      assertEquals(Vocabulary.hash(key), buffer.hash, s);
      assertEquals(FeatureExtractor.shape(s), buffer.shape, s);
    }
  }
}

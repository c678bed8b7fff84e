package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void cleanTextIsReturnedAsIs() {
    String text = "Hà Nội, ngày 1/1/2020.\nĐoạn hai.";
    NormalizedText result = normalizer.normalize(text);
    assertSame(text, result.text());
    assertTrue(result.isIdentity());
    assertEquals(5, result.originalStart(5));
  }

  @Test
  void composesDecomposedLetters() {
    String nfd = Normalizer.normalize("Người Việt", Normalizer.Form.NFD);
    NormalizedText result = normalizer.normalize(nfd);
    assertEquals("Người Việt", result.text());
    // "Người" is 5 chars composed; its original span covers all the decomposed chars.
    assertEquals(0, result.originalStart(0));
    assertEquals(nfd.indexOf(' '), result.originalEnd(5));
  }

  @Test
  void mapsLookAlikesSpacesAndInvisibles() {
    NormalizedText result = normalizer.normalize("\u00D0\u00F0\u00A0a\u200Bb\u0007c\u2028d\u3000e");
    assertEquals("Đđ ab c\nd e", result.text());
    assertEquals(3, result.originalStart(3)); // 'a'
    assertEquals(5, result.originalStart(4)); // 'b' after the removed zero-width space
  }

  @Test
  void removesMarkupAndDecodesEntities() {
    String html = "<p class=\"x\">Tin <b>mới</b></p><br/>&lt;1&gt; &#7843; &#x1EA1; &nbsp;"
        + "<!-- note --><script>var a = '<p>';</script>&unknown; a < b";
    NormalizedText result = normalizer.normalize(html);
    assertEquals("\nTin mới\n\n<1> ả ạ    &unknown; a < b", result.text());
    int entity = result.text().indexOf('ả');
    assertEquals(html.indexOf("&#7843;"), result.originalStart(entity));
    assertEquals(html.indexOf("&#7843;") + 7, result.originalEnd(entity + 1));
  }

  @Test
  void htmlCanBeTurnedOff() {
    TextNormalizer plain = new TextNormalizer(false, false);
    assertEquals("<b>a</b> &amp;", plain.normalize("<b>a</b> &amp;").text());
  }

  @Test
  void canonicalToneMarksOnRequest() {
    TextNormalizer canonical = new TextNormalizer(true, true);
    assertEquals("hoà bình, thuỷ lợi", canonical.normalize("hòa bình, thủy lợi").text());
  }

  @Test
  void isIdempotent() {
    String messy = Normalizer.normalize("\u00D0ảng  ủy<br>&amp;\u200B x", Normalizer.Form.NFD);
    String once = normalizer.normalize(messy).text();
    assertEquals(once, normalizer.normalize(once).text().replace("&", "&"));
  }

  @Test
  void nullIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> normalizer.normalize(null));
    assertTrue(e.getMessage().contains("text"));
  }
}

package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VietnameseTextTest {

  @Example
  void vietnameseEnglishAndUnaccentedText() {
    assertTrue(VietnameseText.looksVietnamese("Tỉnh ủy họp bàn", "Sáng nay các đại biểu dự."));
    assertTrue(VietnameseText.looksVietnamese("", "TỈNH ỦY HỌP BÀN VỀ KẾ HOẠCH"));
    assertFalse(VietnameseText.looksVietnamese("Provincial committee meets", "On Monday."));
    assertFalse(VietnameseText.looksVietnamese("Tinh uy hop ban", "Sang nay cac dai bieu du."));
    assertFalse(VietnameseText.looksVietnamese("", ""));
    // One word with a Vietnamese-only letter is not enough.
    assertFalse(VietnameseText.looksVietnamese("Phở", "is a soup"));
    // Decomposed input counts as its composed form.
    assertTrue(VietnameseText.looksVietnamese("",
        Normalizer.normalize("Tỉnh ủy họp bàn", Normalizer.Form.NFD)));
  }

  /** The table lookup decides as a plain search of the two letter lists does. */
  @Property
  void agreesWithASearchOfTheLetterLists(@ForAll("text") String title, @ForAll("text") String body) {
    assertEquals(reference(title, body), VietnameseText.looksVietnamese(title, body));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÀÁẠẢÃẮẶĨŨỮỰỲÝỶỸỴéèçñüß ,.\n")
        .withChars('\u0301', '\u0323', '\u0130', '\u01c5', '\u1e9e', '\u00c0', '\u1eff', '\u1f00')
        .ofMaxLength(40);
  }

  private static final String MARKED =
      "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
  private static final String ONLY =
      "ảạăằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵđ";

  private static boolean reference(String title, String body) {
    int words = 0;
    int marked = 0;
    int only = 0;
    for (String part : new String[] {title, body}) {
      String text = Normalizer.normalize(part, Normalizer.Form.NFC);
      boolean inWord = false;
      boolean wordMarked = false;
      boolean wordOnly = false;
      for (int i = 0; i <= text.length(); i++) {
        char ch = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
        if (Character.isLetter(ch)) {
          inWord = true;
          wordMarked |= MARKED.indexOf(ch) >= 0;
          wordOnly |= ONLY.indexOf(ch) >= 0;
        } else if (inWord) {
          words++;
          marked += wordMarked ? 1 : 0;
          only += wordOnly ? 1 : 0;
          inWord = false;
          wordMarked = false;
          wordOnly = false;
        }
      }
    }
    return only >= VietnameseText.MIN_VIETNAMESE_WORDS
        && marked >= VietnameseText.MIN_MARKED_SHARE * words;
  }
}

package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {

  @ParameterizedTest
  @CsvSource({
    "hòa, hoà", "hoà, hoà", "thủy, thuỷ", "ủy, uỷ", "hóa, hoá", "khỏe, khoẻ", "tùy, tuỳ",
    "qúy, quý", "quý, quý", "mùa, mùa", "múi, múi", "mía, mía", "người, người", "hoàn, hoàn",
    "hòan, hoàn", "khoái, khoái", "khóai, khoái", "già, già", "gìn, gìn", "giữa, giữa",
    "muốn, muốn", "tiếng, tiếng", "THỦY, THUỶ", "Hòa, Hoà", "quỳnh, quỳnh", "thuở, thuở"
  })
  void movesTheMarkToTheMainVowel(String input, String expected) {
    assertEquals(expected, ToneMarks.canonical(input));
  }

  @Test
  void leavesNonSyllablesAndOtherTextAlone() {
    String text = "café, naïve, 12/2019 và UBND";
    assertSame(text, ToneMarks.canonical(text));
  }

  @Test
  void worksOnRunningText() {
    assertEquals("Uỷ ban hoà giải, thuỷ lợi.", ToneMarks.canonical("Ủy ban hòa giải, thủy lợi."));
  }

  @Test
  void isIdempotent() {
    String once = ToneMarks.canonical("Hòa bình, thủy điện, ủy viên, khỏe mạnh");
    assertSame(once, ToneMarks.canonical(once));
  }
}

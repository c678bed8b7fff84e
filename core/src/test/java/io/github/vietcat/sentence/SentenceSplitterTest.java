package io.github.vietcat.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String input) {
    List<Sentence> sentences = splitter.split(input);
    for (Sentence s : sentences) {
      assertEquals(input.substring(s.start(), s.end()), s.text());
      assertEquals(s.start(), s.tokens().get(0).start());
      assertEquals(s.end(), s.tokens().get(s.tokens().size() - 1).end());
    }
    return sentences.stream().map(Sentence::text).collect(Collectors.toList());
  }

  @Test
  void dottedAbbreviationsDoNotEndSentences() {
    assertEquals(
        List.of("Đoàn đến TP. Vinh và Q. 5 gặp TS. Hà, ThS. Minh, PGS.TS. Lâm.", "Buổi chiều về."),
        texts("Đoàn đến TP. Vinh và Q. 5 gặp TS. Hà, ThS. Minh, PGS.TS. Lâm. Buổi chiều về."));
  }

  @Test
  void numbersAndDatesDoNotEndSentences() {
    assertEquals(
        List.of("Có 1.234.567 lượt, đạt 45,5% vào ngày 02.09.2021.", "Tiếp theo là gì?"),
        texts("Có 1.234.567 lượt, đạt 45,5% vào ngày 02.09.2021. Tiếp theo là gì?"));
  }

  @Test
  void quotesAndEllipses() {
    assertEquals(
        List.of("Bà nói: “Tôi đồng ý.”", "Rồi im lặng... một lúc.", "“Đi thôi!”, ông giục.",
            "Hết…"),
        texts("Bà nói: “Tôi đồng ý.” Rồi im lặng... một lúc. “Đi thôi!”, ông giục. Hết…"));
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("Tiêu đề không có dấu chấm", "Đoạn một.", "Đoạn hai"),
        texts("Tiêu đề không có dấu chấm\n\nĐoạn một.\nĐoạn hai\n"));
  }

  @Test
  void lineBreaksCanBeIgnored() {
    SentenceSplitter joined =
        new SentenceSplitter(new io.github.vietcat.token.SyllableTokenizer(), false);
    assertEquals(1, joined.split("dòng một\ndòng hai").size());
  }

  @Test
  void listNumbersDoNotEndSentences() {
    assertEquals(List.of("1. Nâng cao nhận thức.", "2. Tăng cường kiểm tra."),
        texts("1. Nâng cao nhận thức. 2. Tăng cường kiểm tra."));
  }

  @Test
  void blankAndNull() {
    assertEquals(List.of(), splitter.split("  \n "));
    assertThrows(NullPointerException.class, () -> splitter.split(null));
  }
}

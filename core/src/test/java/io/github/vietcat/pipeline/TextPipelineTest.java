package io.github.vietcat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

  private final TextPipeline pipeline = new TextPipeline();

  @Test
  void analyzesTokensAndSentences() {
    String text = "UBND tỉnh ban hành Kế hoạch 45/KH-UBND ngày 02/3/2023. Ông Trần Văn Hùng, "
        + "Chủ tịch UBND tỉnh, chỉ đạo.";
    AnalyzedText result = pipeline.analyze(text);
    assertEquals(2, result.sentences().size());
    assertEquals("UBND tỉnh ban hành Kế hoạch 45/KH-UBND ngày 02/3/2023.",
        result.sentences().get(0).text());
    Token code = result.tokens().get(6);
    assertEquals(new Token("45/KH-UBND", "45/KH-UBND", TokenType.DOCUMENT_CODE, 28, 38), code);
    int inSentences = result.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    assertEquals(result.tokens().size(), inSentences);
  }

  @Test
  void analyzesAPage() {
    String page = "Trang chủ\nTiêu đề bài viết về lễ hội\n"
        + "Đoạn mở đầu có đủ năm từ và kết thúc bằng dấu chấm.\n"
        + "Đoạn thân bài thứ nhất. Câu thứ hai của đoạn.\nAn Nhiên\nTin khác";
    AnalyzedArticle article = pipeline.analyzePage(page);
    assertEquals("Tiêu đề bài viết về lễ hội", article.title().text());
    assertEquals(List.of("Đoạn thân bài thứ nhất.", "Câu thứ hai của đoạn."),
        article.body().sentences().stream().map(Sentence::text).toList());
    assertEquals("An Nhiên", article.article().byline());
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> pipeline.analyze(null));
  }

  @Test
  void nullIsRejectedByEveryEntryPointWithTheArgumentsName() {
    assertEquals("text must not be null",
        assertThrows(NullPointerException.class, () -> pipeline.analyze(null)).getMessage());
    assertEquals("text must not be null",
        assertThrows(NullPointerException.class, () -> pipeline.tokenize(null)).getMessage());
    assertEquals("text must not be null",
        assertThrows(NullPointerException.class, () -> pipeline.normalize(null)).getMessage());
    assertEquals("page must not be null",
        assertThrows(NullPointerException.class, () -> pipeline.clean(null)).getMessage());
    assertEquals("page must not be null",
        assertThrows(NullPointerException.class, () -> pipeline.analyzePage(null)).getMessage());
  }

  @Test
  void emptyAndWhitespaceOnlyTextGiveNoTokensAndNoSentences() {
    // Tab, line feed, a no-break space and a zero-width space: nothing a token could hold.
    for (String blank : List.of("", " \n\t\u00A0\u200B ")) {
      AnalyzedText result = pipeline.analyze(blank);
      assertEquals(List.of(), result.tokens(), "tokens of \"" + blank + "\"");
      assertEquals(List.of(), result.sentences(), "sentences of \"" + blank + "\"");
      AnalyzedArticle page = pipeline.analyzePage(blank);
      assertEquals("", page.article().title());
      assertEquals(List.of(), page.body().tokens());
    }
  }

  @Test
  void decomposedInputGivesComposedTokensWithOffsetsIntoTheInput() {
    String decomposed = Normalizer.normalize("Ủy ban họp. Đã xong.", Normalizer.Form.NFD);
    AnalyzedText result = pipeline.analyze(decomposed);
    assertEquals(List.of("Uỷ", "ban", "họp", ".", "Đã", "xong", "."),
        result.tokens().stream().map(Token::normalized).toList());
    assertEquals(List.of(0, 4, 8, 12, 14, 18, 22),
        result.tokens().stream().map(Token::start).toList());
    for (Token t : result.tokens()) {
      assertEquals(decomposed.substring(t.start(), t.end()), t.text());
    }
    assertEquals(List.of(decomposed.substring(0, 13), decomposed.substring(14)),
        result.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void anUnclosedTagStaysAsText() {
    // Documented fallback of TextNormalizer: a "<" that opens no well-formed tag is kept, so the
    // truncated markup is not silently dropped.
    assertEquals(List.of(
            new Token("Xin", "Xin", TokenType.SYLLABLE, 0, 3),
            new Token("chào", "chào", TokenType.SYLLABLE, 4, 8),
            new Token("<", "<", TokenType.SYMBOL, 9, 10),
            new Token("b", "b", TokenType.ABBREVIATION, 10, 11)),
        pipeline.analyze("Xin chào <b").tokens());
  }
}

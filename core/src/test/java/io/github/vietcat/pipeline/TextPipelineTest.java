package io.github.vietcat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
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
}

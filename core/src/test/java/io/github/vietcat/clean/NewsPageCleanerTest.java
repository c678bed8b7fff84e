package io.github.vietcat.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsPageCleanerTest {

  private final NewsPageCleaner cleaner = new NewsPageCleaner();

  // A page written for this test: furniture around a short made-up article.
  private static final String PAGE = String.join("\n",
      "Thứ Ba, 14/05/2024 08:30",
      "Trang chủ",
      "Xã Hòa Bình khánh thành cầu dân sinh mới",
      "Lượt xem: 1.024",
      "Sáng 13/5, UBND xã Hòa Bình tổ chức lễ khánh thành cây cầu bắc qua kênh Ba Xã, nối hai thôn"
          + " phía nam với trung tâm xã.",
      "Toàn cảnh buổi lễ khánh thành",
      "Cây cầu dài 48 m, rộng 3,5 m, tổng vốn đầu tư hơn 2,1 tỷ đồng, trong đó nhân dân đóng góp"
          + " 30%.",
      "Ông Lê Văn Tâm, Chủ tịch UBND xã, cho biết cầu sẽ giúp học sinh đi lại an toàn hơn trong"
          + " mùa mưa.",
      "Quốc Bảo",
      "Tin khác",
      "Có thể bạn quan tâm",
      "Đang online: 57");

  @Test
  void separatesTheArticleFromThePage() {
    NewsArticle article = cleaner.clean(PAGE);
    assertEquals("Xã Hòa Bình khánh thành cầu dân sinh mới", article.title());
    assertEquals(PAGE.split("\n")[4], article.lead());
    assertEquals(List.of(PAGE.split("\n")[6], PAGE.split("\n")[7]), article.body());
    assertEquals(List.of("Toàn cảnh buổi lễ khánh thành"), article.captions());
    assertEquals("Quốc Bảo", article.byline());
    assertEquals(List.of(1, 3, 9, 10, 11),
        article.linesWithRole(LineRole.DEBRIS).stream().map(PageLine::index).toList());
    assertEquals(List.of(0),
        article.linesWithRole(LineRole.DATE_LINE).stream().map(PageLine::index).toList());
  }

  @Test
  void readsHtml() {
    String html = "<html><body><nav><a href='/'>Trang chủ</a></nav><h1>Tiêu đề &amp; tin</h1>"
        + "<p>Đoạn mở đầu của bài viết có đủ năm từ trở lên.</p>"
        + "<p>Đoạn thân bài thứ nhất cũng có đủ năm từ.</p><p><b>Thu Hà</b></p>"
        + "<div class='widget'>Tin liên quan</div></body></html>";
    NewsArticle article = cleaner.clean(html);
    assertEquals("Tiêu đề & tin", article.title());
    assertEquals("Đoạn mở đầu của bài viết có đủ năm từ trở lên.", article.lead());
    assertEquals(List.of("Đoạn thân bài thứ nhất cũng có đủ năm từ."), article.body());
    assertEquals("Thu Hà", article.byline());
    PageLine title = article.linesWithRole(LineRole.TITLE).get(0);
    assertEquals("Tiêu đề &amp; tin", html.substring(title.start(), title.end()));
  }

  @Test
  void blankAndNull() {
    NewsArticle empty = cleaner.clean(" \n\n ");
    assertEquals("", empty.title());
    assertEquals(List.of(), empty.body());
    assertThrows(NullPointerException.class, () -> cleaner.clean(null));
  }
}

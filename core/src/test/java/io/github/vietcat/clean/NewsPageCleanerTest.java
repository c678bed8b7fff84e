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

  // Pages as real portals and search engines give them: each written for these tests.

  private static List<Integer> indexes(NewsArticle article, LineRole role) {
    return article.linesWithRole(role).stream().map(PageLine::index).toList();
  }

  @Test
  void furnitureBeforeTheHeadlineIsNeverTheTitle() {
    String page = String.join("\n",
        "Cổng thông tin điện tử huyện Tân Phước",
        "Trang chủ / Tin tức / Hoạt động các cấp",
        "Xem với cỡ chữ",
        "Chờ...",
        "Thứ Tư, 06/03/2024, 09:12 (GMT+7)",
        "Huyện Tân Phước ra quân làm đường giao thông nông thôn",
        "Sáng 5/3, UBND huyện Tân Phước tổ chức lễ ra quân làm đường giao thông nông thôn tại"
            + " xã Phước Lập.",
        "Dự kiến trong năm, toàn huyện làm mới 12 km đường bê tông.");
    NewsArticle article = cleaner.clean(page);
    assertEquals("Huyện Tân Phước ra quân làm đường giao thông nông thôn", article.title());
    assertEquals(List.of(0, 1, 2, 3), indexes(article, LineRole.DEBRIS));
    assertEquals(List.of(4), indexes(article, LineRole.DATE_LINE));
    assertEquals(List.of(6), indexes(article, LineRole.LEAD));
  }

  @Test
  void anExcerptCutMidSentenceHasNoTitle() {
    String excerpt = "Chiều 12/4, Ban Tuyên giáo Huyện ủy Sơn Hà phối hợp với Trung tâm Chính trị"
        + " huyện mở lớp bồi dưỡng nghiệp vụ cho 75 báo cáo viên cơ sở. Trong hai ngày, các học"
        + " viên được giới thiệu những điểm mới của";
    NewsArticle article = cleaner.clean(excerpt);
    assertEquals("", article.title());
    assertEquals(excerpt, article.lead());
  }

  @Test
  void aBodyWithoutTitleHasNoTitle() {
    String body = String.join("\n",
        "Ngày 2/8, Đảng ủy xã Kim Sơn tổ chức hội nghị sơ kết sáu tháng đầu năm.",
        "Đồng chí Bí thư Đảng ủy xã chủ trì hội nghị và phát biểu kết luận.");
    NewsArticle article = cleaner.clean(body);
    assertEquals("", article.title());
    assertEquals(body.split("\n")[0], article.lead());
    assertEquals(List.of(body.split("\n")[1]), article.body());
  }

  @Test
  void aLetterheadIsFurnitureAndTheDocumentTypeIsTheTitle() {
    String page = String.join("\n",
        "TỈNH UỶ HOÀ LÂM",
        "Số 15-CT/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hoà Lâm, ngày 3 tháng 4 năm 2024",
        "CHỈ THỊ",
        "Về tăng cường công tác phòng cháy, chữa cháy rừng",
        "Ban Thường vụ Tỉnh uỷ yêu cầu các cấp uỷ, chính quyền tập trung lãnh đạo công tác"
            + " phòng cháy rừng trong mùa khô.",
        "Các huyện uỷ, thành uỷ tổ chức quán triệt Chỉ thị này đến chi bộ.");
    NewsArticle article = cleaner.clean(page);
    assertEquals("CHỈ THỊ Về tăng cường công tác phòng cháy, chữa cháy rừng", article.title());
    assertEquals(List.of(0, 1, 2), indexes(article, LineRole.LETTERHEAD));
    assertEquals(List.of(3), indexes(article, LineRole.DATE_LINE));
    assertEquals(List.of(6), indexes(article, LineRole.LEAD));
  }

  @Test
  void aPhotoCaptionFirstIsNotTheTitle() {
    String page = String.join("\n",
        "Ảnh: Minh Anh",
        "Đại biểu dâng hương tại khu di tích (Ảnh minh hoạ)",
        "Xã Đông Hải tổ chức lễ hội truyền thống đầu xuân",
        "Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hoá, thể thao dân gian.");
    NewsArticle article = cleaner.clean(page);
    assertEquals("Xã Đông Hải tổ chức lễ hội truyền thống đầu xuân", article.title());
  }

  @Test
  void aLongHeadlineDirectlyBeforeTheLeadIsStillTheTitle() {
    String title = "Ban Dân vận Huyện uỷ Phú Lộc: Phát huy vai trò của người có uy tín trong đồng"
        + " bào dân tộc thiểu số tham gia giữ gìn an ninh trật tự ở các xã vùng biên giới";
    String page = title + "\nSáng 9/9, Ban Dân vận Huyện uỷ Phú Lộc tổ chức toạ đàm với 60 người"
        + " có uy tín trong đồng bào dân tộc thiểu số.";
    assertEquals(title, cleaner.clean(page).title());
  }

  @Test
  void anExcerptsCutLastLineIsBodyText() {
    String excerpt = String.join("\n",
        "Chiều 5/6, đồng chí Bí thư Tỉnh uỷ làm việc với Ban Thường vụ Huyện uỷ Ea Tam về kết"
            + " quả sáu tháng đầu năm.",
        "Phát biểu kết luận, đồng chí yêu cầu huyện tập trung chỉ đạo thu ngân sách, đẩy nhanh");
    NewsArticle article = cleaner.clean(excerpt);
    assertEquals(excerpt.split("\n")[0], article.lead());
    assertEquals(List.of(excerpt.split("\n")[1]), article.body());
    assertEquals(List.of(), indexes(article, LineRole.DEBRIS));
  }

  @Test
  void headlinesAfterTheArticleStayFurniture() {
    String page = String.join("\n",
        "Chiều 5/6, đồng chí Bí thư Tỉnh uỷ làm việc với Ban Thường vụ Huyện uỷ Ea Tam về kết"
            + " quả sáu tháng đầu năm.",
        "Huyện Ea Tam khởi công trường học vùng sâu",
        "Tin khác",
        "Xã Cư Prao về đích nông thôn mới, chuẩn bị đón bằng công nhận");
    NewsArticle article = cleaner.clean(page);
    assertEquals(List.of(), article.body());
    assertEquals(List.of(1, 2, 3), indexes(article, LineRole.DEBRIS));
    // One line after the article, a blank line between: furniture too.
    NewsArticle apart = cleaner.clean(page.split("\n")[0] + "\n\n" + page.split("\n")[3]);
    assertEquals(List.of(2), indexes(apart, LineRole.DEBRIS));
  }

  @Test
  void aCaptionParagraphIsACaptionNotTheLead() {
    String page = String.join("\n",
        "Ảnh: Đồng chí Bí thư Huyện uỷ phát biểu tại buổi làm việc với xã.",
        "Chiều 5/6, đồng chí Bí thư Huyện uỷ làm việc với Đảng uỷ xã Ea Tam về công tác"
            + " chuyển đổi số.",
        "Toàn xã đã có 80% hộ gia đình dùng dịch vụ công trực tuyến (Ảnh: Hồng Nhung).",
        "Các đại biểu cũng bàn về ảnh hưởng của mưa lũ (ảnh hưởng kéo dài) tới mùa màng.");
    NewsArticle article = cleaner.clean(page);
    assertEquals("", article.title());
    assertEquals(page.split("\n")[1], article.lead());
    assertEquals(List.of(page.split("\n")[3]), article.body());
    assertEquals(List.of(page.split("\n")[0], page.split("\n")[2]), article.captions());
  }

  // A search engine's text of a whole page: furniture, headline and body run together on one line.

  private static List<String> texts(NewsArticle article, LineRole role) {
    return article.linesWithRole(role).stream().map(PageLine::text).toList();
  }

  @Test
  void runOnFurnitureIsSplitOffAndTheHeadlineFound() {
    String body = "Sáng 14/10, Ban Thường vụ Huyện uỷ Sơn Hoà tổ chức hội nghị học tập nghị quyết"
        + " cho hơn 300 cán bộ chủ chốt của huyện. Các đại biểu được nghe";
    String snippet = "Cổng thông tin điện tử huyện Sơn Hoà Trang chủ » Tin hoạt động » Xây dựng Đảng"
        + " Huyện uỷ Sơn Hoà quán triệt nghị quyết đại hội Đảng bộ tỉnh Thứ Năm, 15/10/2020, 16:21"
        + " (GMT+7) Xem với cỡ chữ Chờ... " + body;
    NewsArticle article = cleaner.clean(snippet);
    assertEquals("Huyện uỷ Sơn Hoà quán triệt nghị quyết đại hội Đảng bộ tỉnh", article.title());
    assertEquals(body, article.lead());
    assertEquals(List.of("Thứ Năm, 15/10/2020, 16:21 (GMT+7)"), texts(article, LineRole.DATE_LINE));
    assertEquals(List.of("Cổng thông tin điện tử huyện Sơn Hoà", "Trang chủ", "»", "Tin hoạt động",
        "»", "Xây dựng Đảng", "Xem với cỡ chữ", "Chờ..."), texts(article, LineRole.DEBRIS));
    // Every piece keeps its offsets into the page, and the pieces share the line's index.
    for (PageLine line : article.lines()) {
      assertEquals(line.text(), snippet.substring(line.start(), line.end()));
      assertEquals(0, line.index());
    }
  }

  @Test
  void aMenuLabelBeforeTheRunOnHeadlineIsDebris() {
    String snippet = "Trang chủ / Tin tức sự kiện Xã Kim Sơn khánh thành trường mầm non mới"
        + " Cập nhật lúc: 09:15 12/03/2022 Sáng 11/3, UBND xã Kim Sơn tổ chức lễ khánh thành"
        + " trường mầm non với 6 phòng học";
    NewsArticle article = cleaner.clean(snippet);
    assertEquals("Xã Kim Sơn khánh thành trường mầm non mới", article.title());
    assertEquals(List.of("Cập nhật lúc: 09:15 12/03/2022"), texts(article, LineRole.DATE_LINE));
    assertEquals(List.of("Trang chủ", "/", "Tin tức sự kiện"), texts(article, LineRole.DEBRIS));
  }

  @Test
  void bodyTextIsNeverSplitOnFurnitureWordsInsideItsFirstSentence() {
    // "Chia sẻ" and a date inside the first sentence are article text, not a widget or a date line.
    String excerpt = "Chia sẻ với phóng viên, ông Lê Văn Tâm cho biết ngày 12/03/2021 lúc 08:30 xã"
        + " đã họp dân. Thứ Năm, 15/10/2020 là ngày khởi công";
    NewsArticle article = cleaner.clean(excerpt);
    assertEquals("", article.title());
    assertEquals(excerpt, article.lead());
    assertEquals(1, article.lines().size());
    // A site name inside the first sentence is article text too.
    String cited = "Trang chủ / Tin tức Mỗi năm có thêm 50 trường được kiểm định Ngày 10-2, Cổng"
        + " thông tin điện tử Chính phủ tổ chức toạ đàm trực tuyến về kiểm định chất lượng giáo dục.";
    NewsArticle article2 = cleaner.clean(cited);
    assertEquals(cited.substring("Trang chủ / ".length()), article2.lead());
    assertEquals(List.of("Trang chủ", "/"), texts(article2, LineRole.DEBRIS));
    // Furniture after the first sentence is not looked for.
    String late = "Ông Tâm cho biết xã đã họp dân. Xem với cỡ chữ Thứ Năm, 15/10/2020, 16:21 thì"
        + " khởi công.";
    assertEquals(late, cleaner.clean(late).lead());
  }

  @Test
  void aRunOnHeadlineMayEndInAQuestionMarkOrOpenWithANumber() {
    String lead = "Chiều 5/6, Sở Giao thông vận tải tổ chức đối thoại với các doanh nghiệp vận tải về"
        + " giá vé, lộ trình và bến bãi trên địa bàn";
    NewsArticle asked = cleaner.clean("Trang chủ > Thời sự > Địa phương Giảm giá vé xe buýt bằng"
        + " cách nào? Thứ Ba, 13/04/2021, 07:45 (GMT+7) " + lead);
    assertEquals("Giảm giá vé xe buýt bằng cách nào?", asked.title());
    assertEquals(lead, asked.lead());
    NewsArticle numbered = cleaner.clean("Trang chủ > Thời sự > Địa phương 3 lý do để đi xe buýt"
        + " Thứ Ba, 13/04/2021, 07:45 (GMT+7) " + lead);
    assertEquals("3 lý do để đi xe buýt", numbered.title());
    assertEquals(List.of("Trang chủ", ">", "Thời sự", ">", "Địa phương"),
        texts(numbered, LineRole.DEBRIS));
  }
}

package io.github.vietcat.models.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.Genre;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped genre model on short items written for this test in the register of provincial
 * Party and government news (invented names and numbers). Only clear-cut items are asserted.
 */
class GenreClassifierDefaultModelTest {

  private static final GenreClassifier MODEL = GenreClassifier.loadDefault();

  @Test
  void isLoadedOnceWithTheFourLabels() {
    assertSame(MODEL, GenreClassifier.loadDefault());
    assertEquals(List.of("DIRECTIVE", "MEETING_SUMMARY", "OTHER", "TRAINING_REPORT"),
        MODEL.labels());
    assertEquals("OTHER", MODEL.fallbackLabel());
  }

  @Test
  void directive() {
    assertGenre(Genre.DIRECTIVE,
        "UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025",
        "UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính năm 2025. Kế hoạch"
            + " yêu cầu các sở, ngành, UBND các huyện, thành phố tập trung rà soát thủ tục hành"
            + " chính, tăng cường kỷ luật, kỷ cương; nghiêm cấm gây phiền hà cho người dân và doanh"
            + " nghiệp. Giao Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh kết quả thực hiện.");
    assertGenre(Genre.DIRECTIVE,
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về công tác phòng, chống tham nhũng",
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 27-CT/TU về tăng cường sự lãnh đạo của"
            + " Đảng đối với công tác phòng, chống tham nhũng, tiêu cực. Chỉ thị yêu cầu các cấp"
            + " ủy, tổ chức đảng, người đứng đầu cơ quan, đơn vị quán triệt, thực hiện nghiêm các"
            + " quy định; chỉ đạo tăng cường kiểm tra, giám sát, xử lý nghiêm các vi phạm.");
  }

  @Test
  void trainingReport() {
    assertGenre(Genre.TRAINING_REPORT,
        "Khai giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2025",
        "Sáng 10/3, Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện khai giảng lớp"
            + " bồi dưỡng nghiệp vụ công tác tuyên giáo cho 86 học viên là cán bộ cơ sở. Trong 4"
            + " ngày, các học viên được truyền đạt 6 chuyên đề về kỹ năng nắm bắt dư luận xã hội,"
            + " tuyên truyền miệng và viết tin bài. Kết thúc khóa học, học viên làm bài thu hoạch.");
  }

  @Test
  void meetingSummary() {
    assertGenre(Genre.MEETING_SUMMARY,
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12",
        "Sáng 25/7, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12 để đánh giá tình hình"
            + " 6 tháng đầu năm. Đồng chí Bí thư Huyện ủy chủ trì hội nghị. Tại hội nghị, các đại"
            + " biểu đã thảo luận, đóng góp ý kiến vào dự thảo báo cáo. Phát biểu kết luận hội"
            + " nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo hoàn thành"
            + " các chỉ tiêu đề ra.");
  }

  @Test
  void other() {
    assertGenre(Genre.OTHER,
        "Xe tải lật trên quốc lộ, tài xế bị thương",
        "Khoảng 5 giờ sáng nay, một xe tải chở vật liệu xây dựng bị lật khi đi qua đoạn cua trên"
            + " quốc lộ, khiến tài xế bị thương phải đưa đi cấp cứu. Vụ tai nạn khiến giao thông"
            + " qua khu vực ùn tắc khoảng hai giờ. Lực lượng cảnh sát giao thông đã có mặt phân"
            + " luồng và điều tra nguyên nhân.");
  }

  @Test
  void textWithoutVietnameseIsOtherWithLowConfidence() {
    for (String text : List.of("", "  \n ", "Provincial leaders met farmers on Monday to discuss"
        + " the rice harvest and the prices offered by traders.")) {
      GenreResult r = MODEL.classify(text);
      assertEquals(Optional.of(Genre.OTHER), r.genre());
      assertTrue(r.fallback() && r.lowConfidence());
    }
  }

  private static void assertGenre(Genre expected, String title, String body) {
    GenreResult r = MODEL.classify(title, body);
    assertEquals(Optional.of(expected), r.genre(), r.toString());
    assertFalse(r.evidence().isEmpty());
    GenreResult whole = MODEL.classify(title + "\n" + body);
    assertEquals(expected.name(), whole.label(), whole.toString());
  }
}

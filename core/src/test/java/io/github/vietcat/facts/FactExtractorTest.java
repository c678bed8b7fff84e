package io.github.vietcat.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.Genre;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

  // Fixtures written for these tests; places and people are made up.
  static final String DIRECTIVE = "Bình Phước siết quản lý khai thác cát\n"
      + "Ngày 12/4, UBND tỉnh Bình Phước ban hành Chỉ thị số 08/CT-UBND về tăng cường quản lý "
      + "hoạt động khai thác cát trên sông. Chủ tịch UBND tỉnh Trần Văn Nam đã ký chỉ thị. "
      + "UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường, Công an tỉnh kiểm tra các bến bãi, "
      + "báo cáo kết quả trước ngày 30/5/2024.";

  static final String MEETING = "Hội nghị sơ kết công tác dân vận\n"
      + "Sáng 3/11, tại thành phố Đồng Xoài, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 5 năm "
      + "thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Đồng chí Lê Thị Hoa, Trưởng Ban Dân "
      + "vận Tỉnh ủy chủ trì hội nghị.";

  static final String TRAINING = "Khai giảng lớp bồi dưỡng lý luận chính trị\n"
      + "Ngày 5/9/2024, Trung tâm Chính trị huyện Lộc Ninh khai giảng lớp bồi dưỡng lý luận "
      + "chính trị cho 85 học viên. Trong thời gian 10 ngày, học viên được học 6 chuyên đề.";

  private final FactExtractor extractor = new FactExtractor();

  /** The span of the only occurrence of part in text. */
  static Span span(String text, String part) {
    int at = text.indexOf(part);
    assertTrue(at >= 0, "not in the fixture: " + part);
    assertEquals(-1, text.indexOf(part, at + 1), "twice in the fixture: " + part);
    return new Span(part, at, at + part.length());
  }

  @Test
  void directiveFacts() {
    DirectiveFacts d = extractor.extract(DIRECTIVE).directive();
    assertEquals(new Span("Chỉ thị", 79, 86), d.docType().span());
    assertEquals(new Span("08/CT-UBND", 90, 100), d.docCode().span());
    assertEquals(new Span("UBND tỉnh Bình Phước", 49, 69), d.issuer().span());
    assertEquals(span(DIRECTIVE, "Trần Văn Nam"), d.signer().span());
    assertEquals("--04-12", d.date().value());
    assertEquals(span(DIRECTIVE, "Ngày 12/4"), d.date().span());
    assertEquals(span(DIRECTIVE, "tăng cường quản lý hoạt động khai thác cát trên sông"),
        d.subject().span());
    assertEquals(List.of(span(DIRECTIVE, "Sở Tài nguyên và Môi trường"),
        span(DIRECTIVE, "Công an tỉnh")), d.addressees().stream().map(TextFact::span).toList());
    assertEquals(1, d.deadlines().size());
    Deadline deadline = d.deadlines().get(0);
    assertEquals(span(DIRECTIVE, "báo cáo kết quả"), deadline.what().span());
    assertEquals("2024-05-30", deadline.date().value());
  }

  @Test
  void factsCarryTheEvidenceThatFired() {
    DirectiveFacts d = extractor.extract(DIRECTIVE).directive();
    assertEquals(new RuleEvidence("issuer-before-issuing-verb", span(DIRECTIVE, "ban hành")),
        d.issuer().evidence());
    assertEquals("name-before-ky", d.signer().evidence().rule());
    assertEquals("subject-after-ve", d.subject().evidence().rule());
    assertEquals(span(DIRECTIVE, "yêu cầu"), d.addressees().get(0).evidence().cue());
    assertEquals("deadline-trước-ngày", d.deadlines().get(0).what().evidence().rule());
  }

  @Test
  void signerIsThePersonNotTheOffice() {
    String apposition = "Ông Lê Văn An, Chủ tịch UBND huyện, vừa ký Quyết định số 12/QĐ-UBND về "
        + "việc thành lập tổ công tác.";
    assertEquals(span(apposition, "Lê Văn An"),
        extractor.extract(apposition).directive().signer().span());
    String office = "Bộ trưởng Bộ Công Thương Vũ Minh Tâm đã ký Thông tư số 05/2025/TT-BCT về "
        + "an toàn điện.";
    assertEquals(span(office, "Vũ Minh Tâm"), extractor.extract(office).directive().signer().span());
  }

  @Test
  void citedDocuments() {
    List<CitedDocument> documents = extractor.extract(DIRECTIVE).documents();
    assertEquals(1, documents.size());
    CitedDocument c = documents.get(0);
    assertEquals("08/CT-UBND", c.code());
    assertEquals("Chỉ thị", c.type());
    assertEquals("UBND tỉnh Bình Phước", c.issuer());
    assertEquals(span(DIRECTIVE, "Chỉ thị số 08/CT-UBND"), c.span());

    CitedDocument k = extractor.extract(MEETING).documents().get(0);
    assertEquals(new CitedDocument("114-KL/TW", "Kết luận", "Ban Bí thư",
        span(MEETING, "Kết luận số 114-KL/TW của Ban Bí thư"), k.evidence()), k);
    assertEquals("document-code", k.evidence().rule());
  }

  @Test
  void plenumResolutionHasNoCode() {
    String text = "Các chi bộ học tập Nghị quyết Trung ương 8 (khóa XIII) trong tháng này.";
    CitedDocument d = extractor.extract(text).documents().get(0);
    assertNull(d.code());
    assertEquals(span(text, "Nghị quyết Trung ương 8 (khóa XIII)"), d.span());
  }

  @Test
  void aNameGoesOnThroughAnAbbreviationInBrackets() {
    String text = "Kỳ họp thứ 9\nSáng 5/3, Hội đồng nhân dân (HĐND) TP Long Khánh tổ chức kỳ họp "
        + "thứ 9.";
    assertEquals(span(text, "Hội đồng nhân dân (HĐND) TP Long Khánh"),
        extractor.extract(text).meeting().organizer().span());
  }

  @Test
  void aNameGoesOnOverADashBetweenCapitalizedParts() {
    String text = "Các trường thực hiện Thông tư 28 của Bộ Giáo dục - Đào tạo về dạy thêm.";
    assertEquals("Bộ Giáo dục - Đào tạo", extractor.extract(text).documents().get(0).issuer());
  }

  @Test
  void aNumberAfterTheLastPartOfACodeBelongsToIt() {
    String text = "Tỉnh triển khai nghị quyết 33 / 2021 / QH 15 của Quốc hội về giáo dục.";
    CitedDocument d = extractor.extract(text).documents().get(0);
    assertEquals("33 / 2021 / QH 15", d.code());
    assertEquals(span(text, "nghị quyết 33 / 2021 / QH 15 của Quốc hội"), d.span());
  }

  @Test
  void anIssuerEndsBeforeTheNextCitation() {
    String text = "Sơ kết Chỉ thị số 12 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 30 của Sở Kế "
        + "hoạch và Đầu tư.";
    assertEquals(List.of(span(text, "Chỉ thị số 12 của Ban Thường vụ Tỉnh ủy"),
        span(text, "Kế hoạch số 30 của Sở Kế hoạch và Đầu tư")),
        extractor.extract(text).documents().stream().map(CitedDocument::span).toList());
  }

  @Test
  void aPeriodIsNoNumberAndACitationEndsWithItsLine() {
    String text = "Học tập Nghị quyết Trung ương 9, khóa XIII\nNgày 3/4 các chi bộ bàn kế hoạch "
        + "2026-2030 và Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần "
        + "thứ XVI";
    assertEquals(List.of(span(text, "Nghị quyết Trung ương 9, khóa XIII"),
        span(text, "Nghị quyết Đại hội XIV của Đảng"),
        span(text, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI")),
        extractor.extract(text).documents().stream().map(CitedDocument::span).toList());
  }

  @Test
  void aResolutionNamedByAPlenumOrCongressNeedsItsNumber() {
    // Without a number none of them names one document; "Hội nghị Trung ương 5" is read whole,
    // and ", khóa X" after the plenum's number belongs to it.
    String text = "Huyện ủy quán triệt Nghị quyết Trung ương Đảng và Nghị quyết Đại hội Đảng "
        + "các cấp; sau đó học Nghị quyết Hội nghị Trung ương 5, khóa X và Nghị quyết Đại hội "
        + "Đảng bộ tỉnh lần thứ XIV.";
    assertEquals(List.of(span(text, "Nghị quyết Hội nghị Trung ương 5, khóa X"),
        span(text, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV")),
        extractor.extract(text).documents().stream().map(CitedDocument::span).toList());
  }

  @Test
  void numberWithSpacedPartsIsOneCode() {
    String text = "Sở đã gửi công văn số 512 / SYT - NVY đến các bệnh viện.";
    CitedDocument d = extractor.extract(text).documents().get(0);
    assertEquals("512 / SYT - NVY", d.code());
    assertEquals(span(text, "công văn số 512 / SYT - NVY"), d.span());
  }

  @Test
  void meetingFacts() {
    MeetingFacts m = extractor.extract(MEETING).meeting();
    assertEquals(new Span("hội nghị sơ kết", 97, 112), m.meetingType().span());
    assertEquals("--11-03", m.date().value());
    assertEquals("date-in-meeting-sentence", m.date().evidence().rule());
    assertEquals(span(MEETING, "Ban Dân vận Tỉnh ủy tổ chức").text().replace(" tổ chức", ""),
        m.organizer().text());
    assertEquals(span(MEETING, "thành phố Đồng Xoài"), m.location().span());
    assertEquals(span(MEETING, "5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư"),
        m.topic().span());
    assertEquals(List.of(span(MEETING, "Đồng chí Lê Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy")),
        m.chairs().stream().map(TextFact::span).toList());
    assertEquals("chủ trì", m.chairs().get(0).evidence().cue().text());
  }

  @Test
  void trainingFacts() {
    TrainingFacts t = extractor.extract(TRAINING).training();
    assertEquals(TrainingKind.COURSE, t.kind());
    assertEquals(span(TRAINING, "Trung tâm Chính trị huyện Lộc Ninh"), t.organizer().span());
    assertEquals("2024-09-05", t.date().value());
    assertEquals(span(TRAINING, "Trong thời gian 10 ngày"), t.period().span());
    assertEquals(List.of("85", "6"), t.figures().stream().map(Figure::value).toList());
    assertEquals(List.of("học viên", "chuyên đề"),
        t.figures().stream().map(Figure::unit).toList());
    assertEquals(span(TRAINING, "85 học viên"), t.figures().get(0).span());
    // the course itself (the one in the body, not the title's)
    assertEquals(new Span("lớp bồi dưỡng lý luận chính trị", 104, 135), t.programme().span());
    assertEquals("programme-course", t.programme().evidence().rule());
  }

  @Test
  void quotedThemeLaterInTheBody() {
    String text = "Diễn đàn thanh niên tỉnh\nSáng 8/6, Tỉnh đoàn Kon Tum tổ chức diễn đàn lần thứ "
        + "hai. Hơn 200 đoàn viên dự. Diễn đàn năm nay mang chủ đề \"Tuổi trẻ với chuyển đổi "
        + "số\" và kéo dài một ngày.";
    MeetingFacts m = extractor.extract(text).meeting();
    assertEquals(span(text, "Tuổi trẻ với chuyển đổi số"), m.topic().span());
    assertEquals("topic-theme-quoted", m.topic().evidence().rule());
    assertEquals("chủ đề", m.topic().evidence().cue().text());
  }

  @Test
  void discussedTopicAfterTheMeetingSentence() {
    String text = "Họp Ban Thường vụ\nChiều 2/3, Huyện ủy Đắk Song tổ chức hội nghị Ban Thường "
        + "vụ. Các đại biểu tập trung thảo luận về phương án sắp xếp thôn, bon năm 2025.";
    MeetingFacts m = extractor.extract(text).meeting();
    assertEquals(span(text, "phương án sắp xếp thôn, bon năm 2025"), m.topic().span());
    assertEquals("topic-discussed", m.topic().evidence().rule());
  }

  @Test
  void deadlineWhoseTaskFollowsTheDate() {
    String text = "Sở Giáo dục hướng dẫn tuyển sinh\nNgày 2/5, Sở Giáo dục tỉnh Gia Lai ban hành "
        + "Hướng dẫn số 12/HD-SGD về tuyển sinh lớp 10. Chậm nhất ngày 15/6, các trường phải "
        + "nộp danh sách học sinh dự tuyển.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(1, d.deadlines().size());
    Deadline deadline = d.deadlines().get(0);
    assertEquals(span(text, "nộp danh sách học sinh dự tuyển"), deadline.what().span());
    assertEquals("--06-15", deadline.date().value());
    assertEquals("deadline-chậm-nhất-ngày-then-task", deadline.what().evidence().rule());
  }

  @Test
  void aDocumentMentionedTwiceKeepsTheMentionWithTheFullCode() {
    String text = "Huyện Bảo Lâm sơ kết nghị quyết\nHuyện ủy Bảo Lâm sơ kết Nghị quyết số 12 của "
        + "Tỉnh ủy Lâm Đồng về phát triển chè. Sau 3 năm, Nghị quyết 12/NQ-TU đã đi vào đời sống.";
    List<CitedDocument> documents = extractor.extract(text).documents();
    assertEquals(1, documents.size());
    assertEquals(span(text, "Nghị quyết 12/NQ-TU"), documents.get(0).span());
    assertEquals("12/NQ-TU", documents.get(0).code());
  }

  @Test
  void addresseesNamedByTheirHeads() {
    String text = "Phòng chống hạn mặn\nNgày 4/3, UBND tỉnh Bến Tre ban hành Công văn số 90/UBND "
        + "về phòng chống hạn mặn. UBND tỉnh yêu cầu giám đốc các sở, Chủ tịch UBND các huyện "
        + "kiểm tra nguồn nước.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(List.of(span(text, "giám đốc các sở"), span(text, "Chủ tịch UBND các huyện")),
        d.addressees().stream().map(TextFact::span).toList());
  }

  @Test
  void organizerNamesEndingInAPlaceWordOrADistrictNumber() {
    String first = "Họp chi bộ\nNgày 5/3, Chi bộ Trung tâm Văn hóa và Thể thao thành phố tổ chức "
        + "sinh hoạt chuyên đề về an toàn mạng.";
    MeetingFacts m = extractor.extract(first).meeting();
    assertEquals(new Span("Chi bộ Trung tâm Văn hóa và Thể thao thành phố", 21, 67),
        m.organizer().span());
    assertEquals("organizer-before-verb", m.organizer().evidence().rule());
    String second = "Hội nghị quận\nSáng 2/4, Ban Dân vận Quận ủy Quận 7 tổ chức hội nghị "
        + "chuyên đề về công tác dân vận.";
    assertEquals(new Span("Ban Dân vận Quận ủy Quận 7", 24, 50),
        extractor.extract(second).meeting().organizer().span());
  }

  @Test
  void aParenthesisBetweenTheNameAndTheVerbIsSkipped() {
    String text = "Hội nghị phòng cháy\nNgày 7/5, UBND xã Tân Hòa (huyện Lộc Ninh) tổ chức hội "
        + "nghị về phòng cháy.";
    TextFact organizer = extractor.extract(text).meeting().organizer();
    assertEquals(new Span("UBND xã Tân Hòa", 30, 45), organizer.span());
    assertEquals(new Span("tổ chức hội nghị", 63, 79), organizer.evidence().cue());
  }

  @Test
  void periodOfAMonthInTheLeadOrOfTheYearsAReportSumsUp() {
    String course = "Tập huấn giáo viên\nĐầu tháng 8 này, Sở Giáo dục tỉnh Hòa Bình tổ chức tập "
        + "huấn cho 60 giáo viên.";
    TextFact period = extractor.extract(course).training().period();
    assertEquals(span(course, "Đầu tháng 8 này"), period.span());
    assertEquals("period-month", period.evidence().rule());
    String results = "Hội nghị tổng kết\nHuyện Tân Phú tổng kết 5 năm thực hiện chỉ thị về học "
        + "tập và làm theo tư tưởng của Bác.";
    TextFact years = extractor.extract(results).training().period();
    assertEquals(span(results, "5 năm"), years.span());
    assertEquals("period-tong-ket", years.evidence().rule());
  }

  @Test
  void periodOfAPartOfAYear() {
    String half = "Kết quả tuyên truyền\nTrong 6 tháng đầu năm 2025, Huyện đoàn Tân Phú mở 4 "
        + "lớp tập huấn.";
    TextFact months = extractor.extract(half).training().period();
    assertEquals(span(half, "6 tháng đầu năm 2025"), months.span());
    assertEquals("period-part-of-year", months.evidence().rule());
    String quarter = "Kết quả tập huấn\nQuý II/2025, Hội Nông dân xã Tân Lập tập huấn cho 80 "
        + "hội viên.";
    assertEquals(span(quarter, "Quý II/2025"),
        extractor.extract(quarter).training().period().span());
    String school = "Bồi dưỡng giáo viên\nNăm học 2025 - 2026, Phòng Giáo dục huyện bồi dưỡng "
        + "cho 120 giáo viên.";
    assertEquals(span(school, "Năm học 2025 - 2026"),
        extractor.extract(school).training().period().span());
  }

  @Test
  void aDeadlinesTaskStartsAfterTheModalAndNotInsideAWord() {
    String text = "Chỉ đạo chống ngập\nUBND tỉnh yêu cầu các sở, ngành phải nạo vét 9 tuyến "
        + "kênh trước ngày 15/6. Các trường xét hoàn thành chương trình lớp 5 trước ngày 20/6.";
    List<Deadline> deadlines = extractor.extract(text).directive().deadlines();
    assertEquals(List.of(span(text, "nạo vét 9 tuyến kênh"),
        span(text, "hoàn thành chương trình lớp 5")),
        deadlines.stream().map(d -> d.what().span()).toList());
  }

  @Test
  void deadlinesOfADatedScheduleAndOfATaskDoneOnADay() {
    String text = "Lịch tuyển sinh lớp 10\nSở Giáo dục tỉnh Kon Tum ban hành kế hoạch tuyển sinh. "
        + "Ngày 2/6 hoàn thành chấm bài, 5/6 công bố điểm thi. Các trường nộp hồ sơ trúng "
        + "tuyển vào ngày 12/6. Lễ khai giảng diễn ra vào ngày 5/9.";
    List<Deadline> deadlines = extractor.extract(text).directive().deadlines();
    assertEquals(List.of(span(text, "hoàn thành chấm bài"), span(text, "công bố điểm thi"),
        span(text, "nộp hồ sơ trúng tuyển")),
        deadlines.stream().map(d -> d.what().span()).toList());
    assertEquals(List.of("--06-02", "--06-05", "--06-12"),
        deadlines.stream().map(d -> d.date().value()).toList());
    assertEquals(List.of("deadline-dated-task", "deadline-dated-task", "deadline-vào-ngày"),
        deadlines.stream().map(d -> d.what().evidence().rule()).toList());
  }

  @Test
  void quotedTitleAfterAMeetingWordInALaterSentence() {
    String text = "Hội nghị chuyên đề\nĐồng chí Lê Văn Tâm phát biểu tại hội nghị.\nVừa qua, "
        + "Ban Tuyên giáo Huyện ủy Tân Phú tổ chức hội nghị chuyên đề “Phát huy vai trò của đoàn "
        + "viên trong chuyển đổi số”.";
    TextFact topic = extractor.extract(text).meeting().topic();
    assertEquals(span(text, "Phát huy vai trò của đoàn viên trong chuyển đổi số"), topic.span());
    assertEquals("topic-meeting-quoted", topic.evidence().rule());
  }

  @Test
  void anAddressedGroupEndsAtAVerbOfTheOrder() {
    String text = "Phòng dịch sốt xuất huyết\nNgày 9/8, UBND tỉnh Long An có công văn yêu cầu các "
        + "địa phương tạm dừng các lễ hội đông người.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(List.of(span(text, "các địa phương")),
        d.addressees().stream().map(TextFact::span).toList());
  }

  @Test
  void aTitleHeadEndsANameAfterALongerCapitalizedRun() {
    String text = "Chỉ thị về lễ hội\nÔng Trần Văn Hùng, Thường trực Ban Bí thư vừa ký ban hành "
        + "Chỉ thị số 12 về quản lý lễ hội.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(new Span("Thường trực Ban Bí thư", 37, 59), d.issuer().span());
    assertEquals(new Span("Trần Văn Hùng", 22, 35), d.signer().span());
  }

  @Test
  void aDateAfterADashedCodeIsNoDayRange() {
    String text = "Tin\nUBND tỉnh Quảng Trị đã phát Công văn số 5120 / UBND - KT 3 - 08/11/2018 "
        + "chỉ đạo UBND huyện kiểm tra.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(span(text, "5120 / UBND - KT 3"), d.docCode().span());
    assertEquals("2018-11-08", d.date().value());
    assertEquals(span(text, "08/11/2018"), d.date().span());
  }

  @Test
  void theInstrumentsNumberFromALaterCitationOfTheSameKind() {
    String text = "Làm rõ phiên đấu giá đất\nUBND tỉnh Quảng Trị đã phát công văn yêu cầu UBND "
        + "huyện Cam Lộ làm rõ phiên đấu giá. Theo Công văn số 5120/UBND-KT ngày 8/11/2018, "
        + "huyện phải báo cáo kết quả.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(span(text, "công văn"), d.docType().span());
    assertEquals(span(text, "5120/UBND-KT"), d.docCode().span());
    assertEquals("instrument-number-cited-later", d.docCode().evidence().rule());
    assertEquals(span(text, "Công văn số 5120/UBND-KT ngày 8/11/2018"),
        d.docCode().evidence().cue());
    assertEquals("2018-11-08", d.date().value());
    assertEquals(span(text, "ngày 8/11/2018"), d.date().span());
  }

  @Test
  void figureUnitsWithLongerGroupNames() {
    String text = "Tổng kết công tác\nNăm qua, tỉnh khởi tố 120 vụ án tham nhũng; 260 lượt cán "
        + "bộ, đảng viên, cộng tác viên dư luận xã hội tham gia; 90 cán bộ, công chức nộp lại "
        + "quà.";
    TrainingFacts t = extractor.extract(text).training();
    assertEquals(List.of(span(text, "120 vụ án tham nhũng"),
        span(text, "260 lượt cán bộ, đảng viên, cộng tác viên dư luận xã hội"),
        span(text, "90 cán bộ, công chức")), t.figures().stream().map(Figure::span).toList());
  }

  @Test
  void topicFromTheTitleAfterChiaSe() {
    String text = "Đà Nẵng chia sẻ kinh nghiệm chống ngập với tỉnh Quảng Nam\nTrong buổi làm "
        + "việc sáng 4/6, lãnh đạo hai địa phương đã trao đổi nhiều nội dung.";
    TextFact topic = extractor.extract(text).meeting().topic();
    assertEquals(span(text, "chia sẻ kinh nghiệm chống ngập với tỉnh Quảng Nam"), topic.span());
    assertEquals("topic-in-title", topic.evidence().rule());
  }

  @Test
  void theMeetingIsTheOneOfTheDatedSentence() {
    String text = "Huyện ủy họp bàn phòng chống lũ\nTheo kết luận của kỳ họp trước, huyện cần có "
        + "phương án. Sáng 9/9, Huyện ủy Tân Lạc tổ chức hội nghị bàn phương án phòng chống lũ.";
    MeetingFacts m = extractor.extract(text).meeting();
    assertEquals(span(text, "hội nghị"), m.meetingType().span());
    assertEquals(span(text, "Huyện ủy Tân Lạc"), m.organizer().span());
    assertEquals("--09-09", m.date().value());
  }

  @Test
  void noTopicFromWhoMeetsWhom() {
    String text = "Làm việc với Sở Y tế\nSáng 3/5 đã diễn ra buổi làm việc giữa lãnh đạo tỉnh Gia "
        + "Lai và Sở Y tế.";
    MeetingFacts m = extractor.extract(text).meeting();
    assertEquals(span(text, "buổi làm việc"), m.meetingType().span());
    assertNull(m.topic());
  }

  @Test
  void lowerCaseWordsOfACentralBodysName() {
    String text = "Tin\nNgày 2/4, Văn phòng Chính phủ có công văn yêu cầu Ủy ban kiểm tra Trung "
        + "ương, Ban chỉ đạo Trung ương báo cáo.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(List.of(span(text, "Ủy ban kiểm tra Trung ương"),
        span(text, "Ban chỉ đạo Trung ương")),
        d.addressees().stream().map(TextFact::span).toList());
  }

  @Test
  void aNameGoesOnAfterItsSecondSyllableWhenACapitalFollows() {
    String text = "Tin\nNgày 2/4, Văn phòng Chính phủ có công văn yêu cầu Ban Tổ chức Trung "
        + "ương, Ủy ban Kiểm tra Trung ương báo cáo.";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(List.of(new Span("Ban Tổ chức Trung ương", 54, 76),
        new Span("Ủy ban Kiểm tra Trung ương", 78, 104)),
        d.addressees().stream().map(TextFact::span).toList());
  }

  @Test
  void figureUnitEndsAtAVerb() {
    String text = "Kết quả tuyên truyền\nXã Tân Lập đã tuyên truyền pháp luật cho 320 hộ sinh sống "
        + "ven sông.";
    TrainingFacts t = extractor.extract(text).training();
    assertEquals(List.of(span(text, "320 hộ")), t.figures().stream().map(Figure::span).toList());
  }

  @Test
  void figureConventions() {
    String text = "Tổng kết đợt tập huấn\nHuyện đoàn Tân Phú tập huấn cho gần 120 đoàn viên "
        + "và hơn 40 cán bộ, đảng viên, công chức và quần chúng. Bộ tài liệu gồm 5 chương, "
        + "20 điều; 3 lần lượt trình bày.";
    TrainingFacts t = extractor.extract(text).training();
    assertEquals(List.of("gần 120", "40"), t.figures().stream().map(Figure::value).toList());
    assertEquals(List.of(span(text, "gần 120 đoàn viên"),
        span(text, "40 cán bộ, đảng viên, công chức và quần chúng")),
        t.figures().stream().map(Figure::span).toList());
    assertEquals("cán bộ, đảng viên, công chức và quần chúng", t.figures().get(1).unit());
  }


  @Test
  void figuresCountSomething() {
    // Numbers that name or order (lớp 9, Quận 3, giai đoạn 2), a bare percentage, a factor
    // ("gấp 3 lần") and "hai bên" are no figures; a lower-case number word with a noun is one.
    String text = "Kết quả bồi dưỡng\nPhòng Giáo dục Quận 3 bồi dưỡng cho giáo viên lớp 9 "
        + "trong giai đoạn 2 tại hai điểm trường. Tỷ lệ đạt 95%, gấp 3 lần năm trước; hai bên "
        + "thống nhất mở thêm 12 lớp học theo tinh thần Hội nghị Trung ương 4 khóa XIII.";
    TrainingFacts t = extractor.extract(text).training();
    assertEquals(List.of(span(text, "hai điểm trường"), span(text, "12 lớp học")),
        t.figures().stream().map(Figure::span).toList());
    assertEquals(List.of("hai", "12"), t.figures().stream().map(Figure::value).toList());
  }
  @Test
  void datesKeepTheirYearOnlyWhenTheExpressionStatesIt() {
    assertEquals("2019-03-05", extractor.extract("Sáng ngày 5 tháng 3 năm 2019, Hội đồng nhân "
        + "dân huyện họp kỳ họp thứ 7.").meeting().date().value());
    assertEquals("2018-10-02", extractor.extract("Từ ngày 2 - 6/10/2018, hội nghị Ban Chấp "
        + "hành diễn ra tại Hà Nội.").meeting().date().value());
    assertEquals("--10-06", extractor.extract("Ngày 6/10, hội nghị Ban Chấp hành diễn ra tại "
        + "Hà Nội. Năm 2018 là năm bản lề.").meeting().date().value());
  }

  @Test
  void oneGenreOnly() {
    ItemFacts facts = extractor.extract(MEETING, Genre.MEETING_SUMMARY);
    assertNull(facts.directive());
    assertNull(facts.training());
    assertEquals(facts.meeting(), extractor.extract(MEETING).meeting());
    assertEquals(1, facts.documents().size());
    ItemFacts other = extractor.extract(MEETING, Genre.OTHER);
    assertNull(other.meeting());
    assertEquals(facts.documents(), other.documents());
    assertEquals(facts.meeting(), facts.section(Genre.MEETING_SUMMARY).orElseThrow());
    assertTrue(facts.section(Genre.OTHER).isEmpty());
  }

  @Test
  void textWithoutFacts() {
    for (String text : List.of("", "   \n ", "Trời hôm nay nắng đẹp.", "12345 %%% ///")) {
      ItemFacts facts = extractor.extract(text);
      assertNull(facts.directive(), text);
      assertNull(facts.meeting(), text);
      assertNull(facts.training(), text);
      assertEquals(List.of(), facts.documents(), text);
    }
  }

  @Test
  void placeWordAtTheEndOfTheInput() {
    // Once a crash: "thị" at the very end was taken for the two-word "thị xã".
    String text = "hội nghị tại Chỉ thị";
    Span location = extractor.extract(text).meeting().location().span();
    assertEquals(13, location.start());
    assertEquals(text.substring(13, location.end()), location.text());
  }

  @Test
  void randomFragmentsNeverBreakTheSpans() {
    String[] parts = {"Ngày", "12/4", ",", "UBND", "tỉnh", "Hà", "Nam", "ban hành", "Chỉ thị",
        "số", "08/CT-UBND", "về", "của", "\n", "\"", "“", "”", "(", ")", "-", "/", "tại",
        "hội nghị", "chủ trì", "ký", "trước ngày", "30/5", "lớp", "85", "học viên", "%", "các",
        "sở", ".", ":", "khóa", "Trung ương", "lần thứ", "yêu cầu", "Sở", "Ông", "Lê", "Văn", "An",
        "tổ chức", "thực hiện", "Luật", "từ", "đến", "giai đoạn", "2020", "sau", "năm", "tháng",
        "ngày", "5", "tháng 3 năm 2019", "2 - 6/10/2018", "<p>", "</p>", "&amp;", "\u0301", "thị",
        "thành", "xã"};
    java.util.Random random = new java.util.Random(20261205);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = b.toString();
      ItemFacts facts = extractor.extract(text);
      for (CitedDocument d : facts.documents()) {
        assertEquals(d.span().text(), text.substring(d.span().start(), d.span().end()), text);
      }
      if (facts.meeting() != null && facts.meeting().location() != null) {
        Span l = facts.meeting().location().span();
        assertEquals(l.text(), text.substring(l.start(), l.end()), text);
      }
    }
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null));
    assertThrows(NullPointerException.class, () -> extractor.extract("x", null));
  }

  @Test
  void spansPointIntoTheOriginalInput() {
    // Decomposed marks and markup change the normalized text, not the offsets.
    String text = "<p>Ngày 12/4, UBND tỉnh Bình Phước ban hành Chỉ thị số 08/CT-UBND về việc "
        + "phòng cháy.</p>";
    DirectiveFacts d = extractor.extract(text).directive();
    assertEquals(span(text, "08/CT-UBND"), d.docCode().span());
    assertEquals(span(text, "phòng cháy"), d.subject().span());
  }

  @Test
  void resolvesDatesAgainstAReference() {
    ItemFacts facts = extractor.extract(DIRECTIVE).resolveDates(java.time.LocalDate.of(2024, 4,
        20));
    assertEquals("2024-04-12", facts.directive().date().value());
    assertEquals("2024-05-30", facts.directive().deadlines().get(0).date().value());
    assertEquals(extractor.extract(DIRECTIVE).directive().issuer(), facts.directive().issuer());
  }
}

package io.github.vietcat.genre;

import java.util.ArrayList;
import java.util.List;

/**
 * Small news items written for these tests in the register of provincial Party and government
 * portals (invented places, names and numbers), and a tiny model trained on them.
 */
public final class GenreFixtures {

  private GenreFixtures() {}

  public static List<GenreSample> training() {
    List<GenreSample> s = new ArrayList<>();
    // DIRECTIVE: an authority issues or relays an instruction.
    s.add(new GenreSample("DIRECTIVE", "Tỉnh ủy ban hành Chỉ thị về tăng cường phòng chống dịch",
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 12-CT/TU về tăng cường công tác phòng chống dịch. Chỉ thị yêu cầu các cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo quyết liệt; nghiêm cấm che giấu thông tin."));
    s.add(new GenreSample("DIRECTIVE", "UBND tỉnh ban hành Kế hoạch chuyển đổi số",
        "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND triển khai chuyển đổi số năm 2024. Kế hoạch yêu cầu các sở, ngành, UBND các huyện khẩn trương xây dựng lộ trình, báo cáo kết quả trước ngày 30/6."));
    s.add(new GenreSample("DIRECTIVE", "Chủ tịch UBND tỉnh ký Công điện khẩn ứng phó bão",
        "Chủ tịch UBND tỉnh vừa ký Công điện số 07/CĐ-UBND yêu cầu các địa phương ven biển chủ động sơ tán người dân, tăng cường kiểm tra đê điều, nghiêm cấm tàu thuyền ra khơi."));
    s.add(new GenreSample("DIRECTIVE", "Sở Giáo dục hướng dẫn tuyển sinh lớp 10",
        "Sở Giáo dục và Đào tạo ban hành Hướng dẫn số 210/HD-SGDĐT về tuyển sinh lớp 10. Văn bản đề nghị các trường rà soát hồ sơ, công khai chỉ tiêu và yêu cầu hiệu trưởng chịu trách nhiệm."));
    s.add(new GenreSample("DIRECTIVE", "Huyện ủy chỉ đạo siết chặt kỷ luật hành chính",
        "Ban Thường vụ Huyện ủy ban hành Chỉ thị số 05-CT/HU yêu cầu các chi bộ, cơ quan tăng cường kỷ luật, kỷ cương hành chính; chỉ đạo người đứng đầu kiểm tra, xử lý nghiêm vi phạm."));
    s.add(new GenreSample("DIRECTIVE", "Tỉnh ban hành Kế hoạch phòng chống thiên tai",
        "UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về phòng chống thiên tai. Kế hoạch yêu cầu các sở, ngành tăng cường chuẩn bị lực lượng, đề nghị các huyện chủ động phương án sơ tán."));
    // TRAINING_REPORT: training classes, dissemination, results of carrying out a programme.
    s.add(new GenreSample("TRAINING_REPORT", "Khai giảng lớp bồi dưỡng kiến thức quốc phòng",
        "Sáng 12/3, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng kiến thức quốc phòng cho 85 học viên. Trong 5 ngày, học viên được truyền đạt các chuyên đề và kết thúc khóa học bằng bài thu hoạch."));
    s.add(new GenreSample("TRAINING_REPORT", "Tập huấn nghiệp vụ công tác dư luận xã hội",
        "Ban Tuyên giáo Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ cho 120 cộng tác viên dư luận xã hội. Các học viên được bồi dưỡng kỹ năng nắm bắt, tổng hợp thông tin; 100% học viên hoàn thành bài kiểm tra."));
    s.add(new GenreSample("TRAINING_REPORT", "Sau 3 năm thực hiện Chỉ thị 09, kết quả nổi bật",
        "Sau 3 năm thực hiện Chỉ thị số 09, 100% chi bộ đã quán triệt đến đảng viên; đã mở 14 lớp bồi dưỡng cho 980 lượt cán bộ; 95% cơ quan hoàn thành chỉ tiêu. Bên cạnh kết quả đạt được vẫn còn hạn chế."));
    s.add(new GenreSample("TRAINING_REPORT", "Bế giảng lớp trung cấp lý luận chính trị",
        "Trường Chính trị tỉnh tổ chức bế giảng lớp trung cấp lý luận chính trị khóa 2023. Sau 10 tháng học tập, 62 học viên tốt nghiệp, trong đó 18 học viên đạt loại giỏi, chiếm 29%."));
    s.add(new GenreSample("TRAINING_REPORT", "Học tập, quán triệt nghị quyết cho 1.200 đảng viên",
        "Đảng ủy khối tổ chức học tập, quán triệt nghị quyết cho 1.200 đảng viên. Kết quả 98% đảng viên tham dự, 100% viết bài thu hoạch; các chi bộ đã xây dựng chương trình hành động."));
    s.add(new GenreSample("TRAINING_REPORT", "Tập huấn kỹ năng chuyển đổi số cho cán bộ xã",
        "Sở Thông tin và Truyền thông mở 6 lớp tập huấn kỹ năng chuyển đổi số cho 450 lượt cán bộ cấp xã. Sau tập huấn, 90% học viên sử dụng thành thạo phần mềm; lớp học kết thúc vào ngày 20/5."));
    // MEETING_SUMMARY: the account of one meeting.
    s.add(new GenreSample("MEETING_SUMMARY", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15",
        "Sáng 5/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 15. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị. Các đại biểu thảo luận, cho ý kiến; phát biểu kết luận, đồng chí Bí thư đề nghị tập trung hoàn thành nhiệm vụ."));
    s.add(new GenreSample("MEETING_SUMMARY", "Chi bộ Văn phòng sinh hoạt chuyên đề",
        "Chiều 18/9, Chi bộ Văn phòng tổ chức sinh hoạt chuyên đề về nêu gương. Đồng chí Bí thư Chi bộ chủ trì buổi sinh hoạt. Các đảng viên thảo luận, trao đổi ý kiến sôi nổi."));
    s.add(new GenreSample("MEETING_SUMMARY", "Kỳ họp thứ 9 HĐND tỉnh khai mạc",
        "Sáng 10/12, HĐND tỉnh khai mạc kỳ họp thứ 9. Chủ tịch HĐND tỉnh chủ trì phiên khai mạc. Các đại biểu nghe báo cáo, thảo luận tại tổ và chất vấn; phát biểu bế mạc, chủ tọa kết luận kỳ họp."));
    s.add(new GenreSample("MEETING_SUMMARY", "Đối thoại giữa lãnh đạo tỉnh với thanh niên",
        "Tối 26/3, UBND tỉnh tổ chức buổi đối thoại với thanh niên. Phó Chủ tịch UBND tỉnh chủ trì. Tại buổi đối thoại, nhiều ý kiến được nêu; phát biểu kết luận, đồng chí Phó Chủ tịch ghi nhận các đề xuất."));
    s.add(new GenreSample("MEETING_SUMMARY", "Hội nghị sơ kết công tác 6 tháng đầu năm",
        "Chiều 8/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng. Đồng chí Trưởng ban chủ trì hội nghị. Các đại biểu tham luận, thảo luận; phát biểu kết luận hội nghị, đồng chí Trưởng ban đề nghị tiếp tục đổi mới."));
    s.add(new GenreSample("MEETING_SUMMARY", "Tọa đàm về phát triển du lịch cộng đồng",
        "Sáng 14/4, Sở Văn hóa tổ chức tọa đàm về phát triển du lịch cộng đồng. Đồng chí Giám đốc Sở chủ trì tọa đàm. Các đại biểu trao đổi, thảo luận; kết luận tọa đàm, đồng chí Giám đốc đề nghị xây dựng sản phẩm mới."));
    // OTHER: news that is none of the three.
    s.add(new GenreSample("OTHER", "Mưa lớn gây ngập nhiều tuyến phố",
        "Trận mưa lớn kéo dài hai giờ chiều qua khiến nhiều tuyến phố ngập sâu, xe cộ chết máy. Người dân phải dắt bộ qua các đoạn đường trũng; nước rút sau khoảng ba giờ."));
    s.add(new GenreSample("OTHER", "Khởi tố đối tượng lừa đảo qua mạng",
        "Cơ quan Cảnh sát điều tra Công an huyện đã khởi tố vụ án, bắt tạm giam đối tượng về hành vi lừa đảo chiếm đoạt tài sản qua mạng xã hội. Đối tượng khai nhận đã lừa nhiều người."));
    s.add(new GenreSample("OTHER", "Giá lúa tăng, nông dân phấn khởi",
        "Vụ mùa năm nay giá lúa tăng mạnh, thương lái đến tận ruộng thu mua. Nhiều hộ nông dân cho biết lợi nhuận cao hơn năm trước, chuẩn bị mở rộng diện tích gieo trồng."));
    s.add(new GenreSample("OTHER", "Lễ hội đua thuyền truyền thống thu hút du khách",
        "Lễ hội đua thuyền trên sông thu hút hàng nghìn người dân và du khách. Các đội đua tranh tài sôi nổi trong tiếng trống rộn ràng; ban tổ chức trao giải cho đội về nhất."));
    s.add(new GenreSample("OTHER", "Tai nạn giao thông trên quốc lộ, hai người bị thương",
        "Xe tải va chạm với xe máy trên quốc lộ khiến hai người bị thương nặng, được đưa đi cấp cứu. Lực lượng cảnh sát giao thông có mặt phân luồng, điều tra nguyên nhân vụ tai nạn."));
    s.add(new GenreSample("OTHER", "Đội bóng đá tỉnh thắng trận thứ ba liên tiếp",
        "Trên sân nhà, đội bóng đá tỉnh giành chiến thắng với tỷ số hai bàn không gỡ. Huấn luyện viên khen ngợi tinh thần thi đấu của các cầu thủ; cổ động viên ăn mừng chiến thắng."));
    return s;
  }

  /** Items not in the training list, one per label, that the tiny model must get right. */
  public static List<GenreSample> heldOut() {
    return List.of(
        new GenreSample("DIRECTIVE", "UBND tỉnh ban hành Kế hoạch cải cách hành chính",
            "UBND tỉnh ban hành Kế hoạch số 31/KH-UBND, yêu cầu các sở, ngành và UBND các huyện tăng cường cải cách hành chính, nghiêm cấm gây phiền hà."),
        new GenreSample("TRAINING_REPORT", "Khai giảng lớp tập huấn cho 70 học viên",
            "Trung tâm Chính trị thành phố khai giảng lớp tập huấn, bồi dưỡng nghiệp vụ cho 70 học viên; sau khóa học 100% học viên đạt yêu cầu."),
        new GenreSample("MEETING_SUMMARY", "Hội nghị Ban Thường vụ Huyện ủy tháng 8",
            "Sáng 4/8, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Bí thư Huyện ủy chủ trì hội nghị; các đại biểu thảo luận và đồng chí Bí thư phát biểu kết luận."),
        new GenreSample("OTHER", "Cháy nhà dân trong đêm, không có thương vong",
            "Ngọn lửa bùng lên trong đêm thiêu rụi nhiều tài sản của một hộ dân; lực lượng cảnh sát phòng cháy đã dập tắt đám cháy, không có người bị thương."));
  }

  public static GenreClassifier tinyModel(GenreTrainer.Learner learner) {
    GenreTrainer.Parameters p = GenreTrainer.Parameters.defaults();
    return GenreTrainer.train(training(), new GenreTrainer.Parameters(
        p.features(), learner, learner == GenreTrainer.Learner.LINEAR_SVM ? 0.5 : 0.1, 100, 1,
        GenreTrainer.ClassBalance.BALANCED));
  }
}

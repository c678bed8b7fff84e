package io.github.vietcat.facts;

import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the fact rules look for, as lower-case normalized syllable sequences (put through the
 * same normalization as the input, so "Uỷ" and "Ủy" match alike). Immutable.
 */
final class Cues {

  private final SyllableTokenizer tokenizer;
  /** Filled while the sets are built in the constructor, read only afterwards. */
  private final java.util.Map<String, Integer> masks = new java.util.HashMap<>();
  private int sets;

  /** Kinds of documents an item cites or a directive is. */
  final PhraseSet documentTypes;
  /** Kinds of instrument a directive is relayed as ("văn bản" has no number of its own). */
  final PhraseSet directiveTypes;
  /** Words that start the name of an organization, office or place. */
  final PhraseSet nameHeads;
  /** Verbs with which an issuer issues an instrument. */
  final PhraseSet issueVerbs;
  /** Verbs with which an issuer orders someone to do something. */
  final PhraseSet orderVerbs;
  /** Kinds of meeting. */
  final PhraseSet meetingTypes;
  /** Weaker signs of a meeting, used when no kind of meeting is named. */
  final PhraseSet weakMeetingTypes;
  /** Verbs a directive's addressee does at the start of a sentence ("Sở Y tế cần ..."). */
  final PhraseSet taskVerbs;
  /** Words that extend a kind of meeting ("hội nghị sơ kết"). */
  final Set<String> meetingExtensions;
  /** Verbs after the organizer of a meeting or course. */
  final PhraseSet organizeVerbs;
  /** Words saying someone chaired a meeting. */
  final PhraseSet chairVerbs;
  /** Words before the topic of a meeting. */
  final PhraseSet topicCues;
  /** Words before a deadline's date. */
  final PhraseSet deadlineCues;
  /** Verbs that start the task of a deadline ("báo cáo", "hoàn thành"). */
  final PhraseSet deadlineTasks;
  /** Place words that may stand in lower case inside a name ("tỉnh", "thành phố"). */
  final Set<String> nameGlue;
  /** Words that never continue a name: verbs, adverbs, function words. */
  final Set<String> nameStops;
  /** Words that cannot be the second syllable of a capitalized word ("Tổ chức" can). */
  final Set<String> hardStops;
  /** Common Vietnamese family names: a person's name starts with one. */
  final Set<String> surnames;
  /** Capitalized sentence openers that do not start a name. */
  final Set<String> sentenceOpeners;
  /** Adverbs between a subject and its verb ("vừa", "đã"). */
  final Set<String> adverbs;
  /** Cues of a course, of dissemination and of a results report. */
  final PhraseSet courseCues;
  final PhraseSet disseminationCues;
  final PhraseSet resultsCues;
  /** Words after a number that are not what it counts. */
  final Set<String> nonUnits;
  /** A word of approximation the gold keeps in a figure's value ("gần 300"). */
  final Set<String> approximations;
  /**
   * Nouns a number after them names or orders ("quận 4", "lớp 12", "giai đoạn 2"): such a number
   * counts nothing, so it is no figure.
   */
  final Set<String> identifierHeads;
  /** Number words a figure's value may be ("hai điểm cầu"); "một" and "năm" are too ambiguous. */
  final Set<String> numberWords;
  /** Nouns of sides and aspects: "hai bên" (both sides) counts nothing. */
  final Set<String> relationNouns;
  /** First words of the groups of people a figure's unit may list ("cán bộ, đảng viên"). */
  final Set<String> groupHeads;
  /** Verbs that end a figure's unit after its first word ("259 hộ sinh sống"). */
  final PhraseSet unitVerbs;
  /** What was discussed at a meeting, looked for after its first sentence. */
  final PhraseSet discussionCues;
  /** Words that end the unit of a figure. */
  final Set<String> unitStops;
  /** Verbs of an order that end an addressed group ("các địa phương | tạm dừng ..."). */
  final PhraseSet actionVerbs;

  Cues(SyllableTokenizer tokenizer) {
    this.tokenizer = tokenizer;
    documentTypes = phrases("chỉ thị", "nghị quyết", "kế hoạch", "công văn", "công điện",
        "quyết định", "thông tư", "nghị định", "hướng dẫn", "thông báo kết luận", "thông báo",
        "kết luận", "quy định", "văn bản", "luật", "pháp lệnh", "chương trình hành động",
        "thông tư liên tịch", "nghị quyết liên tịch", "đề án", "tờ trình", "báo cáo");
    directiveTypes = phrases("chỉ thị", "kế hoạch", "công văn", "công điện", "quyết định",
        "hướng dẫn", "thông báo kết luận", "thông báo", "văn bản", "quy định", "nghị quyết",
        "thông tư", "nghị định", "kết luận", "chỉ thị khẩn", "công văn khẩn", "công văn hỏa tốc",
        "công điện khẩn", "văn bản khẩn", "văn bản hỏa tốc");
    nameHeads = phrases("ubnd", "hđnd", "ủy ban", "bộ", "sở", "ban", "văn phòng", "thành ủy",
        "tỉnh ủy", "huyện ủy", "quận ủy", "đảng ủy", "thị ủy", "chính phủ", "thủ tướng",
        "phó thủ tướng", "tổng cục", "cục", "trung tâm", "chi bộ", "đảng bộ", "hội đồng",
        "thanh tra", "công an", "trường", "đại học", "liên đoàn", "hội", "tòa án", "viện",
        "mặt trận", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quốc hội", "ban chấp hành",
        "bộ chính trị", "ban bí thư", "công ty", "tập đoàn", "ngân hàng", "bộ trưởng",
        "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "giám đốc", "phó giám đốc",
        "tổng bí thư", "chủ nhiệm", "trưởng ban", "thứ trưởng", "bộ tư lệnh", "bộ chỉ huy",
        "ban chỉ huy", "ban chỉ đạo", "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã",
        "phường", "thị trấn", "tp", "ubmttq", "mttq", "bch", "btv", "vksnd", "tand", "đoàn",
        "ủy viên", "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên", "đồng chí", "quân ủy",
        "đảng đoàn", "ban cán sự đảng", "bộ trưởng bộ", "thống đốc", "tổng thanh tra",
        "chủ tịch ubnd", "chủ tịch hđnd", "đài", "báo", "cảnh sát", "học viện", "tổng công ty",
        "bộ tư lệnh");
    issueVerbs = phrases("ban hành", "có văn bản", "có công văn", "có công điện", "có chỉ thị",
        "có thông báo", "có kế hoạch", "gửi văn bản", "gửi công văn", "gửi công điện",
        "phát đi", "ra văn bản", "ra công văn", "ra chỉ thị", "ký", "có quyết định",
        "ra quyết định", "có hướng dẫn", "ra thông báo", "có ý kiến chỉ đạo", "có văn bản khẩn",
        "có văn bản hỏa tốc", "có công văn hỏa tốc", "có công văn khẩn", "có thông báo kết luận",
        "hướng dẫn", "gửi");
    orderVerbs = phrases("yêu cầu", "đề nghị", "chỉ đạo", "giao", "đôn đốc", "giao cho",
        "lưu ý", "nhắc nhở", "gửi", "gửi tới", "gửi đến", "giao nhiệm vụ cho",
        "đề nghị cho");
    meetingTypes = phrases("hội nghị", "kỳ họp", "phiên họp", "cuộc họp", "buổi làm việc",
        "cuộc làm việc", "hội thảo", "tọa đàm", "diễn đàn", "tiếp xúc cử tri",
        "buổi tiếp xúc cử tri", "sinh hoạt chuyên đề", "phiên thảo luận", "buổi gặp mặt",
        "khóa họp", "phiên chất vấn", "buổi họp", "họp báo", "giao ban", "cuộc gặp", "hội đàm",
        "buổi tọa đàm", "buổi đối thoại", "đối thoại", "phiên họp thường kỳ", "buổi làm việc",
        "cuộc tiếp xúc cử tri", "phiên giải trình", "buổi giao ban", "hội nghị trực tuyến");
    weakMeetingTypes = phrases("làm việc với", "họp", "làm việc tại", "hội ý", "sơ kết",
        "tổng kết");
    meetingExtensions = words("sơ", "kết", "tổng", "trực", "tuyến", "quốc", "tế", "khoa", "học",
        "thường", "niên", "liên", "tịch", "chuyên", "đề", "toàn", "quốc", "cấp", "cao", "kỳ",
        "bất", "thường", "mở", "rộng", "trung", "ương", "thứ", "lần", "đại", "biểu");
    organizeVerbs = phrases("tổ chức", "phối hợp tổ chức", "khai mạc", "đã tổ chức",
        "vừa tổ chức", "long trọng tổ chức", "chủ trì tổ chức", "họp", "mở", "khai giảng",
        "bế mạc", "tổ chức hội nghị", "tiến hành", "sơ kết", "tổng kết");
    taskVerbs = phrases("cần", "phải", "có trách nhiệm", "chủ trì", "kiểm tra", "chỉ đạo",
        "phối hợp", "tăng cường", "rà soát", "hướng dẫn", "theo dõi", "khẩn trương", "triển khai",
        "thực hiện", "xử lý", "giám sát", "được giao", "chịu trách nhiệm", "tổ chức", "chủ động",
        "nghiêm túc", "đẩy mạnh", "khẩn cấp");
    chairVerbs = phrases("chủ trì", "chủ tọa", "điều hành", "đồng chủ trì");
    topicCues = phrases("về", "bàn về", "với chủ đề", "chủ đề", "bàn", "nhằm", "để bàn",
        "góp ý", "sơ kết", "tổng kết", "triển khai", "đánh giá", "thảo luận về", "thảo luận",
        "cho ý kiến về", "cho ý kiến", "xem xét", "thông qua", "chia sẻ", "kỷ niệm");
    unitVerbs = phrases("thực hiện", "sinh sống", "đăng ký", "tham dự", "hoạt động",
        "tiếp nhận", "được", "nhận", "hưởng", "theo học", "dự thi");
    actionVerbs = phrases("dừng", "tạm dừng", "tập trung", "lắp đặt", "khuyến cáo", "bố trí",
        "chấn chỉnh", "xây dựng", "đảm bảo", "bảo đảm", "nâng cao", "huy động", "quán triệt",
        "tuyên truyền", "phổ biến", "theo dõi", "ngăn chặn", "siết chặt", "tổ chức thực hiện",
        "khắc phục", "thống kê", "chuẩn bị", "sẵn sàng", "ứng phó", "chủ động", "chỉ đạo",
        "rà soát", "kiểm tra", "xử lý", "báo cáo", "tiến hành", "thực hiện", "triển khai",
        "tăng cường", "đẩy mạnh", "nghiêm cấm", "không", "cung cấp", "hỗ trợ", "giải quyết",
        "công khai", "bổ sung", "điều chỉnh", "cử", "phân công", "giám sát");
    discussionCues = phrases("bàn về", "thảo luận về", "thảo luận tại tổ về", "cho ý kiến về",
        "góp ý cho", "góp ý vào", "tập trung thảo luận về", "bàn giải pháp");
    deadlineCues = phrases("trước ngày", "trước", "chậm nhất là ngày", "chậm nhất ngày",
        "chậm nhất", "chậm nhất là", "hạn chót", "xong trước ngày", "đến hết ngày", "trong ngày",
        "vào ngày");
    deadlineTasks = phrases("báo cáo", "hoàn thành", "hoàn thiện", "gửi", "nộp", "công bố",
        "tổng hợp", "có văn bản", "trình", "xong", "in và gửi", "đối sánh");
    nameGlue = words("tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn",
        "và", "khóa", "nhân", "dân", "tp", "các", "thường", "trực");
    nameStops = words("vừa", "đã", "có", "ban", "hành", "yêu", "cầu", "đề", "nghị", "chỉ",
        "đạo", "về", "của", "cho", "với", "tại", "là", "đang", "sẽ", "được", "bị", "tổ",
        "chức", "gửi", "ký", "chủ", "trì", "khai", "mạc", "họp", "cũng", "thì", "mà", "này",
        "đó", "những", "trong", "ngày", "sáng", "chiều", "tối", "năm", "tháng", "để", "từ",
        "đến", "phối", "hợp", "cùng", "đối", "giao", "đôn", "đốc", "khẩn", "trương",
        "vẫn", "chưa", "không", "nhằm", "theo", "sau", "trước", "khi", "lúc", "ông", "bà", "ra",
        "mới", "đây", "lại", "tiếp", "tục", "vào", "làm", "tham", "cần", "phải", "phát", "thực",
        "dự", "gồm", "nêu", "rõ", "cho", "biết", "nói", "nhấn", "mạnh", "kiểm", "như", "trên",
        "đề", "xuất", "kêu", "gọi", "quy", "trách", "nhiệm", "nghiêm", "cấm", "tăng", "cường",
        "rà", "soát", "xử", "lý", "triển", "khai", "hiện", "thăm", "dưới", "thường", "xuyên");
    hardStops = words("vừa", "đã", "có", "là", "sẽ", "được", "bị", "cũng", "đang", "và", "của",
        "cho", "với", "tại", "về", "yêu", "đề", "chỉ", "ban", "gửi", "ký", "họp", "khai", "cần",
        "phải", "không", "chưa", "vẫn", "mới", "để", "từ", "đến", "trong", "ngày", "sáng",
        "chiều", "tối", "năm", "tháng", "theo", "sau", "trước", "khi", "nhằm", "phối", "thì",
        "mà", "này", "đó", "những", "các", "ra", "làm", "kiểm", "rà", "xử", "tăng", "triển",
        "thực", "nêu", "nói", "nhấn", "thăm", "lại", "tiếp", "vào", "đối", "cùng", "giao", "đôn",
        "khẩn", "trách", "nghiêm", "quy", "tổ", "đưa", "chủ", "tham", "phát", "cho", "biết",
        "như", "trên", "dưới", "hướng", "ở", "hay", "hoặc");
    surnames = words("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ",
        "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trịnh", "đoàn", "lương", "mai",
        "trương", "tô", "lâm", "hà", "cao", "châu", "đào", "thái", "vương", "tạ", "kiều", "tất",
        "chu", "triệu", "lại", "quách", "văn", "la", "lưu", "tăng", "từ", "giang", "khuất", "mạc",
        "nông", "lò", "phùng", "thân", "tống", "doãn", "âu", "diệp", "đàm", "hứa", "kim", "lục",
        "mạc", "nghiêm", "ninh", "quan", "tôn", "trình", "ung", "vi", "viên", "y");
    sentenceOpeners = words("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "theo", "trong",
        "tại", "sau", "trước", "hôm", "nay", "về", "để", "với", "khi", "từ", "ông", "bà", "các",
        "những", "cũng", "nhằm", "đồng", "thời", "ngoài", "ra", "qua", "đây", "đó", "vừa",
        "mới", "trên", "thực", "hiện", "tham", "dự", "dự", "phát", "biểu", "nhân", "dịp",
        "do", "dưới", "cùng", "nhiều", "một", "này", "đến", "nếu", "vì", "tuy", "nhưng", "riêng",
        "hiện", "còn", "bên", "cạnh", "kết", "luận", "chiều", "báo", "cáo");
    adverbs = words("vừa", "đã", "cũng", "mới", "đã", "vẫn", "sẽ", "tiếp", "tục", "đồng",
        "thời", "chính", "thức", "hôm", "qua", "nay", "ngày", "lại", "liên", "tiếp", "đang");
    courseCues = phrases("lớp", "khóa học", "tập huấn", "bồi dưỡng", "đào tạo", "khai giảng",
        "bế giảng", "học viên", "lớp học", "giảng viên", "huấn luyện", "khóa đào tạo");
    disseminationCues = phrases("quán triệt", "phổ biến", "tuyên truyền", "học tập",
        "triển khai nghị quyết", "học tập chuyên đề", "học tập, quán triệt");
    resultsCues = phrases("kết quả", "đạt", "chỉ tiêu", "sơ kết", "tổng kết", "sau", "năm thực hiện",
        "tỷ lệ", "tỉ lệ", "hoàn thành", "vượt");
    nonUnits = words("năm", "tháng", "ngày", "giờ", "phút", "tuổi", "h", "giây", "quý",
        "chương", "điều", "khoản", "tuần", "lần");
    approximations = words("gần");
    identifierHeads = words("quận", "phường", "lớp", "tổ", "khu", "ấp", "xóm", "thôn", "đội",
        "lộ", "phòng", "tầng", "lô", "kỳ", "đợt", "đoạn", "mục", "phần", "bài", "nhóm",
        "độ", "vòng", "hạng", "lần", "khối", "phiên", "câu", "trang", "tập", "số", "mẫu",
        "ương", "án");
    relationNouns = words("bên", "phía", "mặt", "chiều", "đầu", "tay", "miền", "cấp");
    numberWords = words("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười");
    groupHeads = words("đảng", "công", "hội", "học", "viên", "cộng", "quần", "nhân", "người",
        "giáo", "sinh", "chiến", "hạ", "phụ", "thanh", "thiếu", "đoàn", "hội");
    unitStops = words("của", "được", "đã", "đang", "sẽ", "trong", "tại", "với", "so", "là",
        "và", "cho", "về", "từ", "đến", "trên", "dưới", "theo", "thì", "mà", "bị", "có", "năm",
        "khi", "để", "do", "vào", "qua", "nhằm", "đạt", "tăng", "giảm", "tham", "dự",
        "trở", "lên", "vừa", "cũng", "ở", "bằng", "hoàn", "như", "gồm", "này", "đó", "nên",
        "hơn", "trước", "sau", "mỗi", "thì", "nhưng", "hay", "hoặc", "các", "những", "mới",
        "vẫn", "sẽ", "đang", "lại", "thuộc", "gần", "khoảng");
  }

  /** Normalizes phrases the way the input is normalized, into syllable arrays. */
  private PhraseSet phrases(String... phrases) {
    if (sets == 31) {
      throw new IllegalStateException("more phrase sets than bits in an int");
    }
    PhraseSet set = new PhraseSet(phraseList(phrases), 1 << sets++);
    for (String first : set.firstSyllables()) {
      masks.merge(first, set.bit, (a, b) -> a | b);
    }
    return set;
  }

  /**
   * The bits of the phrase sets that have a phrase starting with a syllable (0 for none), so most
   * tokens are ruled out for every set with one lookup.
   */
  int mask(String syllable) {
    Integer m = masks.get(syllable);
    return m == null ? 0 : m;
  }

  private List<String[]> phraseList(String... phrases) {
    List<String[]> out = new ArrayList<>();
    for (String p : phrases) {
      List<Token> tokens = tokenizer.tokenize(p);
      String[] syllables = new String[tokens.size()];
      for (int i = 0; i < syllables.length; i++) {
        syllables[i] = tokens.get(i).normalized().toLowerCase(Locale.ROOT);
      }
      out.add(syllables);
    }
    return List.copyOf(out);
  }

  private Set<String> words(String... words) {
    Set<String> out = new HashSet<>();
    for (String[] p : phraseList(words)) {
      out.addAll(List.of(p));
    }
    return Set.copyOf(out);
  }
}

package io.github.vietcat.clean;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.normalize.ToneMarks;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in the text of a scraped news page (plain text or HTML) and separates its title,
 * lead, body, captions and byline from the page furniture around it.
 *
 * <p>The page is normalized ({@link TextNormalizer}, HTML block tags become line breaks) and read
 * line by line. The rules, all generic:
 *
 * <ol>
 *   <li><b>Debris lines.</b> A line is debris when it has no letter ("|", counters), when it is a
 *       short line (at most {@value #SHORT_LINE_WORDS} words) that starts with a widget or navigation
 *       phrase that never opens a headline ("Cập nhật ngày", "Lượt xem", "Chế độ ban đêm", "Ý kiến
 *       bạn đọc", "Thống kê truy cập", "Có thể bạn quan tâm", "Đang truy cập", ...), when the
 *       whole line, numbers and punctuation aside, is a widget label that could also open a
 *       headline ("Tin khác", "Thông báo", "Thời tiết", "Chia sẻ", "refresh", "OFF"), or when it
 *       is a page date header: a short line of only dates, times, numbers and date words ("Thứ Hai, ngày
 *       ...", "19/09/2019 - 18:37").
 *   <li><b>Paragraphs.</b> A line is a paragraph when it ends with closing punctuation (". ! ? …",
 *       possibly followed by quotes or brackets) and has at least {@value #MIN_PARAGRAPH_WORDS}
 *       words, or when it has at least {@value #LONG_LINE_WORDS} words.
 *   <li><b>Furniture.</b> Breadcrumbs and menus (a short line cut by "/", "&gt;", "»" or "|"),
 *       site names ("Cổng thông tin điện tử ..."), a letterhead ({@link LineRole#LETTERHEAD}: the
 *       national motto, an issuing body in capitals, "Số 12-CT/TU") and date lines ({@link
 *       LineRole#DATE_LINE}) are never article text.
 *   <li><b>Run-on pages.</b> A search engine shows a page on one line, furniture, headline and
 *       body run together. In the opening of the page's first line, before its first sentence
 *       ends, date lines ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "Cập nhật lúc: ..."), widget labels
 *       as menus write them ("Xem với cỡ chữ", "Chờ...", "Chia sẻ" not followed by a lower-case
 *       word), site names and breadcrumb separators are split off with the short stretches between
 *       them; the longest such stretch that looks like a headline (not a breadcrumb part of up to
 *       {@value #MAX_BREADCRUMB_PART_WORDS} words, not a widget label) is the title, and the rest
 *       of the line is the lead. The pieces keep their offsets and share the line's index.
 *   <li><b>Title.</b> The first line before the first paragraph that looks like a headline: at
 *       least {@value #MIN_HEADLINE_WORDS} words, no closing period, not a photo caption; or the
 *       document type heading of an official text ("CHỈ THỊ", joined with its "Về ..." line).
 *       Lines before it are debris. A page that opens with a paragraph (an article body, a search
 *       engine excerpt) has no title: body text is never taken for a headline. A kicker ending in
 *       ":" is joined with the headline after it.
 *   <li><b>Lead.</b> The first paragraph after the title; shorter lines between them are captions.
 *       A photo caption or credit ("Ảnh: ...", "... (Ảnh: Thu Hà)") is a caption even when it is
 *       as long as a paragraph, and never the lead.
 *   <li><b>Body.</b> The paragraphs after the lead up to the last paragraph of the page; shorter
 *       lines among them are captions.
 *   <li><b>Cut last sentence.</b> A search-engine excerpt ends inside a sentence: when a single
 *       line follows the last paragraph directly and ends the page, has at least {@value
 *       #MIN_PARAGRAPH_WORDS} words, a comma or a lower-case start, and is no byline, it is body
 *       text.
 *   <li><b>Byline.</b> Among the three lines after the last paragraph, the first short line (at
 *       most {@value #MAX_BYLINE_WORDS} words, no closing punctuation) whose words all start with a
 *       capital, or that starts with "Theo" or "Nguồn". Everything else after the last paragraph
 *       is debris.
 * </ol>
 *
 * <p>Thread-safe and stateless.
 */
public final class NewsPageCleaner {

  static final int SHORT_LINE_WORDS = 10;
  static final int MIN_PARAGRAPH_WORDS = 5;
  static final int LONG_LINE_WORDS = 25;
  static final int MAX_BYLINE_WORDS = 6;
  /** Breadcrumbs, menus and letterheads are at most this long. */
  static final int MAX_FURNITURE_WORDS = 20;
  /** A headline has at least this many words (a document type heading aside). */
  static final int MIN_HEADLINE_WORDS = 3;
  /**
   * A part of a breadcrumb has at most this many words; a longer stretch after the last
   * separator runs on into the headline.
   */
  static final int MAX_BREADCRUMB_PART_WORDS = 4;
  /** A headline has fewer words than this. */
  static final int MAX_HEADLINE_WORDS = 40;

  /** Lines that name the web site rather than the article. */
  private static final List<String> SITE_NAMES = canonical(List.of(
      "cổng thông tin điện tử", "trang thông tin điện tử", "cổng thông tin", "báo điện tử",
      "tạp chí điện tử", "website chính thức", "trang tin điện tử"));

  /** The national name and motto heading official documents. */
  private static final Set<String> MOTTOS = Set.copyOf(canonical(List.of(
      "cộng hoà xã hội chủ nghĩa việt nam", "độc lập tự do hạnh phúc", "đảng cộng sản việt nam")));

  /** How an issuing body written in capitals at the head of a document starts. */
  private static final List<String> ISSUING_BODIES = canonical(List.of(
      "tỉnh uỷ", "thành uỷ", "huyện uỷ", "quận uỷ", "thị uỷ", "đảng uỷ", "đảng bộ", "chi bộ",
      "ban", "uỷ ban", "ubnd", "hđnd", "hội đồng", "sở", "bộ", "văn phòng", "mặt trận", "đoàn",
      "ban chấp hành", "ban thường vụ", "thường trực", "chính phủ", "thủ tướng"));

  /** The document type heading of an official text. */
  private static final Set<String> DOCUMENT_TYPES = Set.copyOf(canonical(List.of(
      "chỉ thị", "công điện", "công văn", "kế hoạch", "hướng dẫn", "quyết định", "thông báo",
      "nghị quyết", "kết luận", "quy định", "thông tri", "báo cáo", "chương trình")));

  /**
   * Widget and navigation phrases of Vietnamese news sites that never open a headline or a
   * sentence: a short line starting with one is debris.
   */
  private static final List<String> WIDGET_PREFIXES = canonical(List.of(
      "cập nhật ngày", "cập nhật lúc", "ngày cập nhật", "đăng lúc", "ngày đăng", "lượt xem",
      "lượt đọc", "số lượt truy cập", "số lượt xem", "lượt truy cập", "đang truy cập",
      "đang online", "đang trực tuyến", "tổng lượt", "tổng số lượt", "thống kê truy cập",
      "chế độ ban đêm", "chế độ đọc", "đọc bài viết", "nghe bài viết", "nghe đọc bài", "cỡ chữ",
      "gửi cho bạn bè", "ý kiến bạn đọc", "gửi ý kiến", "ý kiến của bạn", "thông tin người gửi",
      "tin liên quan", "bài liên quan", "tin bài liên quan", "bài viết liên quan",
      "tin cùng chuyên mục", "có thể bạn quan tâm", "bạn có thể quan tâm", "xem nhiều nhất",
      "đọc nhiều nhất", "liên kết website", "thư viện ảnh", "thư viện video", "về đầu trang",
      "theo dõi chúng tôi", "tải ứng dụng", "video liên quan", "ảnh liên quan", "xem với cỡ chữ",
      "in bài viết", "gửi bài viết", "bản in", "đang tải", "chờ"));

  /**
   * Widget labels that can also open a real headline ("Thông báo kết quả ...", "Cập nhật tình hình
   * ..."): debris only when they are the whole line, numbers and punctuation aside.
   */
  private static final Set<String> WIDGET_LABELS = Set.copyOf(canonical(List.of(
      "cập nhật", "thông báo", "bình luận", "phản hồi", "chia sẻ", "thời tiết", "tỷ giá",
      "tỷ giá ngoại tệ", "giá vàng", "quảng cáo", "mới nhất", "tin mới", "tin mới nhất",
      "tin nổi bật", "tin tiêu điểm", "tin khác", "các tin khác", "tin đọc nhiều", "xem nhiều",
      "trang chủ", "xem thêm", "đăng nhập", "đăng ký", "tìm kiếm", "tags", "từ khoá", "liên kết",
      "thống kê", "chuyên mục", "lịch âm", "bản quyền", "in bài", "in trang", "gửi bài",
      "gửi email", "đường dây nóng", "quay lại", "lượt thích", "tin tức", "tin tức sự kiện",
      "sự kiện", "tin hoạt động", "hoạt động", "thời sự", "chính trị", "xây dựng đảng",
      "tin địa phương", "tin trong tỉnh", "tin trong nước", "văn bản", "văn bản mới", "liên hệ",
      "giới thiệu", "địa phương", "công tác đảng", "hoạt động các cấp", "tin tức - sự kiện")));

  /** Words that are debris only when they are the whole line. */
  private static final Set<String> WIDGET_WORDS = Set.of(
      "refresh", "print", "share", "like", "tweet", "email", "facebook", "zalo", "twitter", "off",
      "on", "top", "video", "ảnh", "in", "gửi", "đóng", "tag", "rss", "menu", "home");

  private static final Set<String> DATE_WORDS = Set.of(
      "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "ngày", "tháng", "lúc", "giờ",
      "sáng", "chiều", "tối", "trưa", "gmt", "am", "pm", "cn");

  private static final Set<String> WEEKDAY_STARTS = Set.of(
      "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3",
      "thứ 4", "thứ 5", "thứ 6", "thứ 7");

  /**
   * How a photo credit reads inside a caption line (lower case, canonical tone marks); the last
   * one also opens captions.
   */
  private static final List<String> PHOTO_CREDITS = List.of(
      "(ảnh:", "(ảnh :", "(ảnh minh hoạ", "(ảnh tư liệu", "(ảnh internet", "- ảnh:", "– ảnh:",
      ". ảnh:", "ảnh minh hoạ").stream().map(ToneMarks::canonical).toList();

  private final TextNormalizer normalizer = new TextNormalizer();
  private final SyllableTokenizer tokenizer = new SyllableTokenizer(new TextNormalizer(false, false));

  /** A cleaner with the default rules. */
  public NewsPageCleaner() {}

  /**
   * Cleans a page.
   *
   * @param page the page's text or HTML
   * @return the article; all parts empty for a blank page
   * @throws NullPointerException if page is null
   */
  public NewsArticle clean(String page) {
    Objects.requireNonNull(page, "page must not be null");
    NormalizedText normalized = normalizer.normalize(page);
    List<Line> lines = splitLines(normalized);
    classify(lines);
    String title = "";
    String lead = "";
    String byline = "";
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<PageLine> pageLines = new ArrayList<>(lines.size());
    for (Line line : lines) {
      switch (line.role) {
        case TITLE -> title = title.isEmpty() ? line.text : title + " " + line.text;
        case LEAD -> lead = line.text;
        case BODY -> body.add(line.text);
        case CAPTION -> captions.add(line.text);
        case BYLINE -> byline = line.text;
        default -> { }
      }
      pageLines.add(new PageLine(line.index, line.start, line.end, line.text, line.role));
    }
    return new NewsArticle(title, lead, body, captions, byline, pageLines);
  }

  /** A line under classification. */
  private static final class Line {
    final int index;
    final int start;
    final int end;
    final String text;
    final int words;
    LineRole role;
    /** Whether the line is a photo caption or credit; computed once, when first asked. */
    private Boolean photoCaption;

    Line(int index, int start, int end, String text) {
      this.index = index;
      this.start = start;
      this.end = end;
      this.text = text;
      this.words = text.isEmpty() ? 0 : text.split(" ").length;
      this.role = text.isEmpty() ? LineRole.BLANK : null;
    }

    boolean photoCaption() {
      if (photoCaption == null) {
        photoCaption = isPhotoCaption(text, words);
      }
      return photoCaption;
    }
  }

  private static List<Line> splitLines(NormalizedText normalized) {
    String text = normalized.text();
    List<Line> lines = new ArrayList<>();
    int index = 0;
    int from = 0;
    int n = text.length();
    boolean textSeen = false;
    while (from <= n) {
      int to = from;
      while (to < n && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
        to++;
      }
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int rest = s;
      if (!textSeen && s < e) {
        textSeen = true;
        rest = splitRunOnFurniture(normalized, s, e, index, lines);
      }
      // After furniture split off, the rest of the line is the article's running text.
      addLine(lines, normalized, rest, e, index++, rest > s ? LineRole.LEAD : null);
      if (to < n && text.charAt(to) == '\r' && to + 1 < n && text.charAt(to + 1) == '\n') {
        to++;
      }
      from = to + 1;
    }
    return lines;
  }

  /** Adds the line or line piece {@code [s, e)} of the normalized text, trimmed. */
  private static void addLine(List<Line> lines, NormalizedText normalized, int s, int e, int index,
      LineRole role) {
    String text = normalized.text();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int start = normalized.originalStart(s);
    int end = s == e ? start : normalized.originalEnd(e);
    Line line = new Line(index, start, Math.max(start, end), collapseSpaces(text, s, e));
    if (role != null && !line.text.isEmpty()) {
      line.role = role;
    }
    lines.add(line);
  }

  /**
   * Page furniture that a search engine runs into the text when it shows a page on one line:
   * date lines (a weekday and a date, a date and a time, a publication label), widget labels as
   * menus write them (capitalized) and breadcrumb separators.
   */
  private static final Pattern RUN_ON_DATE = Pattern.compile("(?iu)(?:"
      // Thứ Ba, 12/03/2021 or Thứ Hai, ngày 5 tháng 3 năm 2021
      + "(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật)\\s*,?\\s*(?:ngày\\s*)?\\d{1,2}"
      + "(?:\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}|\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4})"
      // Cập nhật lúc: 09:15 12/03/2022, Ngày đăng: 12/03/2020
      + "|(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng lúc|đăng ngày)\\s*:?\\s*"
      + "(?:\\d{1,2}:\\d{2}\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}"
      // 12/03/2023 08:30 and 08:30 12/03/2023
      + "|\\d{1,2}/\\d{1,2}/\\d{4}(?=[\\s,-]*\\d{1,2}:\\d{2})"
      + "|\\d{1,2}:\\d{2}\\s*\\d{1,2}/\\d{1,2}/\\d{4})"
      // then a time and a time zone, if any
      + "(?:[\\s,-]*\\d{1,2}\\s*[:h]\\s*\\d{2})?(?:\\s*\\(?\\s*gmt\\s*\\+\\s*7\\s*\\)?)?");
  private static final Pattern RUN_ON_WIDGET = Pattern.compile("(?u)"
      + "(?:Xem với cỡ chữ|Cỡ chữ|Chờ\\s*(?:\\.\\.\\.|…)|Lượt xem\\s*:?\\s*[\\d.,]+|In bài viết|In bài"
      + "|Gửi email|Gửi bài viết|Chia sẻ|Đọc bài viết|Nghe bài viết|Chế độ ban đêm(?:\\s*(?:ON|OFF))?"
      + "|A\\s+A\\s+A|Trang chủ)(?!\\s*\\p{Ll})");
  /**
   * A site name opening the page ("Cổng thông tin điện tử tỉnh Hoà Lâm", "Báo Hoà Lâm điện tử");
   * inside a sentence it is article text ("... trên Cổng thông tin điện tử Chính phủ").
   */
  private static final Pattern RUN_ON_SITE = Pattern.compile("(?u)"
      + "(?:Cổng|Trang)\\s+(?:thông\\s+tin|tin)\\s+điện\\s+tử(?:\\s+\\p{Ll}+){0,3}"
      + "(?:\\s+(?!Trang\\s+chủ|Giới\\s+thiệu|Tin\\s+tức)\\p{Lu}\\p{L}*){0,4}"
      + "|Báo(?:\\s+\\p{Lu}\\p{L}*){1,3}\\s+điện\\s+tử");
  private static final Pattern RUN_ON_SEPARATOR = Pattern.compile("\\s[»›>|/](?=\\s)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*\\s+(?=\\p{Lu}|\\d)");

  /**
   * Splits page furniture off the opening of the page's first line when a search engine ran the
   * page into one line ("Trang chủ » Tin hoạt động Thứ Ba, 12/03/2021, 07:45 (GMT+7) Xem với cỡ chữ
   * Huyện uỷ ... quán triệt ... Sáng 11/3, ..."): in the opening before the first sentence ends,
   * the date lines, widget labels and breadcrumb separators, with the short stretches between
   * them, become lines of their own (a stretch that looks like a headline becomes the title,
   * others debris); what follows them stays for the other rules. Nothing is split off a line
   * without such furniture, or when fewer than {@value #MIN_PARAGRAPH_WORDS} words would remain.
   *
   * @return where the rest of the line starts ({@code s} when nothing was split off)
   */
  private static int splitRunOnFurniture(NormalizedText normalized, int s, int e, int index,
      List<Line> lines) {
    String text = normalized.text();
    int limit = Math.min(e, s + 600);
    List<Piece> anchors = new ArrayList<>();
    Matcher site = RUN_ON_SITE.matcher(text).region(s, limit);
    if (site.lookingAt()) {
      anchors.add(new Piece(site.start(), site.end(), PieceKind.WIDGET));
    }
    for (Pattern p : List.of(RUN_ON_DATE, RUN_ON_WIDGET, RUN_ON_SEPARATOR)) {
      PieceKind kind = p == RUN_ON_DATE ? PieceKind.DATE_LINE
          : p == RUN_ON_SEPARATOR ? PieceKind.SEPARATOR : PieceKind.WIDGET;
      Matcher m = p.matcher(text).region(s, limit);
      while (m.find()) {
        anchors.add(new Piece(m.start(), m.end(), kind));
      }
    }
    // In order; of two starting together, the longer first.
    anchors.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Piece> pieces = new ArrayList<>();
    int pos = s;
    for (Piece anchor : anchors) {
      if (anchor.start() < pos) {
        continue; // inside an anchor already taken
      }
      // A sentence ending inside the stretch before this anchor (a headline may end in "?" or
      // "..." right before it) means article text has begun.
      Matcher end = SENTENCE_END.matcher(text).region(pos, anchor.start())
          .useTransparentBounds(true);
      boolean sentenceEnds = false;
      while (!sentenceEnds && end.find()) {
        sentenceEnds = end.end() < anchor.start();
      }
      if (sentenceEnds || words(text, pos, anchor.start()) >= MAX_HEADLINE_WORDS) {
        break; // article text before this anchor: it is not in the page's opening
      }
      if (words(text, pos, anchor.start()) > 0) {
        pieces.add(new Piece(pos, anchor.start(), PieceKind.TEXT));
      }
      pieces.add(anchor);
      pos = anchor.end();
    }
    if (pieces.isEmpty() || words(text, pos, e) < MIN_PARAGRAPH_WORDS) {
      return s;
    }
    // The stretch between furniture most like a headline: the longest of three words or more
    // that opens with a capital, is not a part of a breadcrumb (next to a separator) and not a
    // widget label.
    int title = -1;
    int titleWords = MIN_HEADLINE_WORDS - 1;
    for (int k = 0; k < pieces.size(); k++) {
      Piece piece = pieces.get(k);
      int n = words(text, piece.start(), piece.end());
      boolean breadcrumb = n <= MAX_BREADCRUMB_PART_WORDS
          && (isSeparator(pieces, k - 1) || isSeparator(pieces, k + 1));
      if (piece.kind() == PieceKind.TEXT && n > titleWords && !breadcrumb
          && Character.isUpperCase(firstLetter(text, piece.start(), piece.end()))
          && !WIDGET_LABELS.contains(matchForm(text.substring(piece.start(), piece.end())))) {
        title = k;
        titleWords = n;
      }
    }
    for (int k = 0; k < pieces.size(); k++) {
      Piece piece = pieces.get(k);
      if (k == title && isSeparator(pieces, k - 1)) {
        // The breadcrumb's last part runs into the headline: a menu label first is debris.
        int labelEnd = leadingWidgetLabel(text, piece.start(), piece.end());
        if (labelEnd > piece.start()) {
          addLine(lines, normalized, piece.start(), labelEnd, index, LineRole.DEBRIS);
          addLine(lines, normalized, labelEnd, piece.end(), index, LineRole.TITLE);
          continue;
        }
      }
      LineRole role = k == title ? LineRole.TITLE
          : piece.kind() == PieceKind.DATE_LINE ? LineRole.DATE_LINE : LineRole.DEBRIS;
      addLine(lines, normalized, piece.start(), piece.end(), index, role);
    }
    return pos;
  }

  /** What a piece of a run-on opening is. */
  private enum PieceKind { WIDGET, DATE_LINE, SEPARATOR, TEXT }

  /** A piece {@code [start, end)} of a run-on opening in the normalized text. */
  private record Piece(int start, int end, PieceKind kind) {}

  private static boolean isSeparator(List<Piece> pieces, int k) {
    return k >= 0 && k < pieces.size() && pieces.get(k).kind() == PieceKind.SEPARATOR;
  }

  /**
   * Where a widget label opening {@code [from, to)} ends ("Tin hoạt động Huyện uỷ ..."), the
   * longest of up to {@value #MAX_BREADCRUMB_PART_WORDS} words, leaving at least {@value
   * #MIN_HEADLINE_WORDS} words; {@code from} when there is none.
   */
  private static int leadingWidgetLabel(String text, int from, int to) {
    List<Integer> wordEnds = new ArrayList<>();
    for (int k = from; k < to && wordEnds.size() < MAX_BREADCRUMB_PART_WORDS; k++) {
      if (!Character.isWhitespace(text.charAt(k))
          && (k + 1 == to || Character.isWhitespace(text.charAt(k + 1)))) {
        wordEnds.add(k + 1);
      }
    }
    for (int w = wordEnds.size() - 1; w >= 0; w--) {
      int end = wordEnds.get(w);
      String label = text.substring(from, end);
      if (WIDGET_LABELS.contains(matchForm(label)) && label.chars().noneMatch(Character::isDigit)
          && words(text, end, to) >= MIN_HEADLINE_WORDS) {
        return end;
      }
    }
    return from;
  }

  private static int words(String text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int k = from; k < to; k++) {
      boolean space = Character.isWhitespace(text.charAt(k));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  private static int firstLetter(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetter(text.charAt(k))) {
        return text.codePointAt(k);
      }
    }
    return ' ';
  }

  private static String collapseSpaces(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    boolean space = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private void classify(List<Line> lines) {
    List<Line> content = new ArrayList<>();
    for (Line line : lines) {
      if (line.role == null) {
        line.role = furnitureRole(line);
        if (line.role == null) {
          content.add(line);
        }
      }
    }
    if (content.isEmpty()) {
      return;
    }
    int firstParagraph = -1;
    int lastParagraph = -1;
    for (int k = 0; k < content.size(); k++) {
      if (isParagraph(content.get(k)) && !content.get(k).photoCaption()
          && !(firstParagraph < 0 && isLongHeadline(content, k))) {
        lastParagraph = k;
        if (firstParagraph < 0) {
          firstParagraph = k;
        }
      }
    }
    // The title: the first line before the first paragraph that looks like a headline; lines
    // before it are page furniture. A page that opens with a paragraph (an article body, a
    // search-engine excerpt) has no title.
    int beforeText = firstParagraph < 0 ? content.size() : firstParagraph;
    int title = -1;
    // A run-on first line split into furniture, title and lead (splitRunOnFurniture) already has
    // its lead, and its title if one was found.
    boolean runOn = lines.stream().anyMatch(line -> line.role == LineRole.LEAD);
    for (int k = 0; k < beforeText && title < 0 && !runOn; k++) {
      if (looksLikeHeadline(content.get(k))) {
        title = k;
      }
    }
    int k = 0;
    if (title >= 0) {
      for (; k < title; k++) {
        content.get(k).role = LineRole.DEBRIS;
      }
      // A kicker ending in ":" joined with the headline after it.
      if (k > 0 && content.get(k - 1).text.endsWith(":")
          && content.get(k - 1).words <= SHORT_LINE_WORDS) {
        content.get(k - 1).role = LineRole.TITLE;
      }
      content.get(k).role = LineRole.TITLE;
      boolean kicker = content.get(k).text.endsWith(":");
      boolean documentType = isDocumentType(content.get(k));
      k++;
      if (k < beforeText && (kicker && !endsWithClosingPunctuation(content.get(k).text)
          || documentType && startsWithSubject(content.get(k)))) {
        content.get(k).role = LineRole.TITLE;
        k++;
      }
    } else {
      for (; k < beforeText && firstParagraph >= 0; k++) {
        Line line = content.get(k);
        line.role = line.photoCaption() ? LineRole.CAPTION : LineRole.DEBRIS;
      }
    }
    if (lastParagraph < k) {
      // No paragraph after the title: short lines only; keep them as body.
      for (; k < content.size(); k++) {
        content.get(k).role = LineRole.BODY;
      }
      return;
    }
    boolean leadFound = runOn;
    for (; k <= lastParagraph; k++) {
      Line line = content.get(k);
      if (!isParagraph(line) || line.photoCaption()) {
        line.role = LineRole.CAPTION;
      } else if (!leadFound) {
        line.role = LineRole.LEAD;
        leadFound = true;
      } else {
        line.role = LineRole.BODY;
      }
    }
    boolean bylineFound = false;
    for (int t = lastParagraph + 1; t < content.size(); t++) {
      Line line = content.get(t);
      if (t == content.size() - 1 && t == lastParagraph + 1 && isCutSentence(line)
          && line.index == content.get(lastParagraph).index + 1) {
        // A search-engine excerpt ends inside a sentence: its last line, right under the last
        // paragraph and ending the page, is article text, not the furniture after an article.
        line.role = LineRole.BODY;
      } else if (!bylineFound && t <= lastParagraph + 3 && isByline(line)) {
        line.role = LineRole.BYLINE;
        bylineFound = true;
      } else {
        line.role = LineRole.DEBRIS;
      }
    }
  }

  /** The role of a line that is not article text, or null for a line that may be. */
  private LineRole furnitureRole(Line line) {
    String text = line.text;
    boolean letter = false;
    for (int k = 0; k < text.length() && !letter; k++) {
      letter = Character.isLetter(text.charAt(k));
    }
    if (!letter) {
      return LineRole.DEBRIS;
    }
    if (line.words > MAX_FURNITURE_WORDS) {
      return null;
    }
    String form = matchForm(text);
    if (isLetterhead(text, form, line.words)) {
      return LineRole.LETTERHEAD;
    }
    if (line.words <= MAX_FURNITURE_WORDS && isNavigation(text, form)) {
      return LineRole.DEBRIS;
    }
    if (line.words > SHORT_LINE_WORDS) {
      return null;
    }
    if (WIDGET_WORDS.contains(form) || WIDGET_LABELS.contains(form)) {
      return LineRole.DEBRIS;
    }
    for (String phrase : WIDGET_PREFIXES) {
      if (form.startsWith(phrase)
          && (form.length() == phrase.length() || form.charAt(phrase.length()) == ' ')) {
        return LineRole.DEBRIS;
      }
    }
    return isDateHeader(text) || isPlaceAndDate(form) ? LineRole.DATE_LINE : null;
  }

  /**
   * Breadcrumbs, menus and site names: a line cut by separators ("Trang chủ / Tin tức / Xây dựng
   * Đảng", "In bài | Gửi email"), or naming the site ("Cổng thông tin điện tử huyện ...").
   */
  private static boolean isNavigation(String text, String form) {
    int separators = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '|' || c == '»' || c == '›' || c == '>' || c == '/' && k > 0 && k + 1 < text.length()
          && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
        separators++;
      }
    }
    if (separators > 0 && !endsWithClosingPunctuation(text)) {
      return true;
    }
    for (String site : SITE_NAMES) {
      if (form.contains(site)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heading block of an official document: the national name and motto, the issuing body in
   * capitals, the document number.
   */
  private static boolean isLetterhead(String text, String form, int words) {
    if (MOTTOS.contains(form)) {
      return true;
    }
    if (words <= 6 && (form.startsWith("số ") || form.equals("số"))
        && text.chars().anyMatch(Character::isDigit) && !endsWithClosingPunctuation(text)) {
      return true; // "Số 369-CV/BTGTU", "Số: 12/KH-UBND"
    }
    if (words > SHORT_LINE_WORDS) {
      return false;
    }
    int upper = 0;
    int letters = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (letters < 4 || upper < letters) {
      return false;
    }
    for (String body : ISSUING_BODIES) {
      if (form.startsWith(body) && (form.length() == body.length()
          || form.charAt(body.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** "Hà Tĩnh, ngày 5 tháng 10 năm 2020": a place and a written-out date. */
  private static boolean isPlaceAndDate(String form) {
    int day = form.indexOf("ngày tháng");
    return day >= 0 && form.indexOf(" năm", day) > 0 && form.split(" ").length <= 8;
  }

  /**
   * A line that may be a headline: a few words without the closing period of a sentence, not a
   * photo caption; or the document type heading of an official text ("CHỈ THỊ").
   */
  private static boolean looksLikeHeadline(Line line) {
    if (isDocumentType(line)) {
      return true;
    }
    if (line.words < MIN_HEADLINE_WORDS || line.words >= MAX_HEADLINE_WORDS) {
      return false;
    }
    String text = line.text;
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == ',' || last == ';') {
      return false;
    }
    if (line.photoCaption()) {
      return false;
    }
    int first = text.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first) || first == '"'
        || first == '“' || first == '(' || first == '[';
  }

  /**
   * A photo caption or credit: a line that opens with "Ảnh:" or "Ảnh minh hoạ", or credits a
   * photo inside it ("... (Ảnh: Thu Hà)", "... - Ảnh: TTXVN", "(Ảnh minh hoạ)", "(Ảnh tư liệu)").
   * Not "(ảnh hưởng ...)": the word after "ảnh" must be a credit's.
   */
  private static boolean isPhotoCaption(String text, int words) {
    if (words >= MAX_HEADLINE_WORDS) {
      return false;
    }
    String lower = ToneMarks.canonical(text.toLowerCase(Locale.ROOT));
    if (lower.startsWith("ảnh:") || lower.startsWith("ảnh :")
        || lower.startsWith(PHOTO_CREDITS.get(PHOTO_CREDITS.size() - 1))) {
      return true;
    }
    for (String credit : PHOTO_CREDITS) {
      if (lower.contains(credit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cut last sentence of an excerpt: a line of at least {@value #MIN_PARAGRAPH_WORDS} words that
   * is no byline and does not end a sentence, that runs on as a sentence does: it has a comma or
   * opens in lower case, which headlines of related articles and widget lines rarely do.
   */
  private boolean isCutSentence(Line line) {
    if (line.words < MIN_PARAGRAPH_WORDS || isByline(line) || line.photoCaption()) {
      return false;
    }
    return line.text.indexOf(',') > 0 || Character.isLowerCase(line.text.codePointAt(0));
  }

  /**
   * A long headline ("Ban Tuyên giáo Tỉnh uỷ ...: Nâng cao ...", 25 words or more): a line without
   * closing punctuation, under {@value #MAX_HEADLINE_WORDS} words, directly followed by a paragraph.
   */
  private static boolean isLongHeadline(List<Line> content, int k) {
    Line line = content.get(k);
    return line.words < MAX_HEADLINE_WORDS && !endsWithClosingPunctuation(line.text)
        && k + 1 < content.size() && isParagraph(content.get(k + 1))
        && Character.isUpperCase(line.text.codePointAt(0));
  }

  private static boolean isDocumentType(Line line) {
    return line.words <= 3 && DOCUMENT_TYPES.contains(matchForm(line.text))
        && !line.text.equals(line.text.toLowerCase(Locale.ROOT));
  }

  private static boolean startsWithSubject(Line line) {
    String form = matchForm(line.text);
    return !isParagraph(line) && (form.startsWith("về ") || form.startsWith("v v ")
        || form.startsWith("vv "));
  }

  /** A short line made only of dates, times, numbers, punctuation and date words. */
  private boolean isDateHeader(String text) {
    String lower = ToneMarks.canonical(text.toLowerCase(Locale.ROOT));
    for (String start : WEEKDAY_STARTS) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    List<Token> tokens = tokenizer.tokenize(text);
    boolean dateSeen = false;
    for (Token token : tokens) {
      switch (token.type()) {
        case DATE, TIME -> dateSeen = true;
        case NUMBER, PUNCTUATION, SYMBOL -> { }
        case SYLLABLE, FOREIGN_WORD, ABBREVIATION -> {
          if (!DATE_WORDS.contains(ToneMarks.canonical(token.normalized().toLowerCase(Locale.ROOT)))) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    return dateSeen;
  }

  private static boolean isParagraph(Line line) {
    if (line.words >= LONG_LINE_WORDS) {
      return true;
    }
    return line.words >= MIN_PARAGRAPH_WORDS && endsWithClosingPunctuation(line.text);
  }

  private static boolean endsWithClosingPunctuation(String text) {
    int k = text.length() - 1;
    while (k >= 0 && isClosingQuoteOrBracket(text.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClosingQuoteOrBracket(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
        || c == '\u00BB';
  }

  private boolean isByline(Line line) {
    if (line.words > MAX_BYLINE_WORDS || endsWithClosingPunctuation(line.text)) {
      return false;
    }
    String lower = line.text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("theo ") || lower.startsWith("nguồn")) {
      return true;
    }
    for (String word : line.text.split(" ")) {
      int first = word.codePointAt(0);
      if (first == '(' || first == '-' || first == '\u2013') {
        continue;
      }
      if (!Character.isUpperCase(first)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, canonical tone marks, digits and punctuation dropped, spaces collapsed. */
  static String matchForm(String text) {
    String lower = ToneMarks.canonical(text.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (Character.isLetter(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static List<String> canonical(List<String> phrases) {
    return phrases.stream().map(NewsPageCleaner::matchForm).toList();
  }
}

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
 *   <li><b>Title.</b> The first remaining line. A kicker ending in ":" is joined with the next line
 *       when that line does not end with closing punctuation.
 *   <li><b>Lead.</b> The first paragraph after the title; shorter lines between them are captions.
 *   <li><b>Body.</b> The paragraphs after the lead up to the last paragraph of the page; shorter
 *       lines among them are captions.
 *   <li><b>Byline.</b> Among the three lines after the last paragraph, the first short line (at
 *       most {@value #MAX_BYLINE_WORDS} words, no closing punctuation) whose words all start with a
 *       capital, or that starts with "Theo" or "Nguồn". Everything after the last paragraph other
 *       than the byline is debris.
 * </ol>
 *
 * <p>Thread-safe and stateless.
 */
public final class NewsPageCleaner {

  static final int SHORT_LINE_WORDS = 10;
  static final int MIN_PARAGRAPH_WORDS = 5;
  static final int LONG_LINE_WORDS = 25;
  static final int MAX_BYLINE_WORDS = 6;

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
      "theo dõi chúng tôi", "tải ứng dụng", "video liên quan", "ảnh liên quan"));

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
      "gửi email", "đường dây nóng", "quay lại", "lượt thích")));

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

    Line(int index, int start, int end, String text) {
      this.index = index;
      this.start = start;
      this.end = end;
      this.text = text;
      this.words = text.isEmpty() ? 0 : text.split(" ").length;
      this.role = text.isEmpty() ? LineRole.BLANK : null;
    }
  }

  private static List<Line> splitLines(NormalizedText normalized) {
    String text = normalized.text();
    List<Line> lines = new ArrayList<>();
    int index = 0;
    int from = 0;
    int n = text.length();
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
      String content = collapseSpaces(text, s, e);
      int start = normalized.originalStart(s);
      int end = s == e ? start : normalized.originalEnd(e);
      lines.add(new Line(index++, start, Math.max(start, end), content));
      if (to < n && text.charAt(to) == '\r' && to + 1 < n && text.charAt(to + 1) == '\n') {
        to++;
      }
      from = to + 1;
    }
    return lines;
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
        if (isDebris(line)) {
          line.role = LineRole.DEBRIS;
        } else {
          content.add(line);
        }
      }
    }
    if (content.isEmpty()) {
      return;
    }
    int lastParagraph = -1;
    for (int k = 0; k < content.size(); k++) {
      if (isParagraph(content.get(k))) {
        lastParagraph = k;
      }
    }
    // Title, with a kicker ending in ":" joined to the line after it.
    int k = 0;
    content.get(k).role = LineRole.TITLE;
    if (content.get(k).text.endsWith(":") && k + 1 < content.size()
        && !endsWithClosingPunctuation(content.get(k + 1).text)) {
      k++;
      content.get(k).role = LineRole.TITLE;
    }
    k++;
    if (lastParagraph < k) {
      // No paragraph after the title: short lines only; keep them as body.
      for (; k < content.size(); k++) {
        content.get(k).role = LineRole.BODY;
      }
      return;
    }
    boolean leadFound = false;
    for (; k <= lastParagraph; k++) {
      Line line = content.get(k);
      if (!isParagraph(line)) {
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
      if (!bylineFound && t <= lastParagraph + 3 && isByline(line)) {
        line.role = LineRole.BYLINE;
        bylineFound = true;
      } else {
        line.role = LineRole.DEBRIS;
      }
    }
  }

  private boolean isDebris(Line line) {
    String text = line.text;
    boolean letter = false;
    for (int k = 0; k < text.length() && !letter; k++) {
      letter = Character.isLetter(text.charAt(k));
    }
    if (!letter) {
      return true;
    }
    if (line.words > SHORT_LINE_WORDS) {
      return false;
    }
    String form = matchForm(text);
    if (WIDGET_WORDS.contains(form) || WIDGET_LABELS.contains(form)) {
      return true;
    }
    for (String phrase : WIDGET_PREFIXES) {
      if (form.startsWith(phrase)
          && (form.length() == phrase.length() || form.charAt(phrase.length()) == ' ')) {
        return true;
      }
    }
    return isDateHeader(text);
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

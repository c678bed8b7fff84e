package io.github.vietcat.facts;

import io.github.vietcat.token.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * A date stated in the input: tokens [from, to) and its normalized value ({@link DateFact}).
 *
 * @param from first token (a leading "ngày", "sáng" ... included)
 * @param to index after the last token
 * @param value the normalized date
 * @param hasDay whether the date names a day
 */
record DateMention(int from, int to, String value, boolean hasDay) {

  /** Finds every date the input states, in order. */
  static List<DateMention> find(TokenView v) {
    List<DateMention> out = new ArrayList<>();
    int n = v.size();
    for (int i = 0; i < n; i++) {
      TokenType type = v.type(i);
      if (type != TokenType.DATE && type != TokenType.NUMBER && !v.is(i, "tháng")) {
        continue;
      }
      int lead = i > 0 && isDayWord(v.low[i - 1]) ? i - 1 : i;
      if (type == TokenType.DATE) {
        int[] parts = parse(v.token(i).text());
        if (parts == null) {
          continue;
        }
        // "từ ngày 2 - 6/10/2018": a range ending in a full date starts on the day before "-".
        // Not after a code's part: "7035 / UBND - NL 2 - 08/11/2018" is code, then date.
        if (parts[0] > 0 && i >= 2 && v.type(i - 2) == TokenType.NUMBER && v.isPunct(i - 1, "-")
            && day(v.token(i - 2).text()) > 0 && !(i >= 3 && (v.type(i - 3)
                == TokenType.ABBREVIATION || v.type(i - 3) == TokenType.PUNCTUATION
                && !v.isPunct(i - 3, ",")))) {
          int start = i - 2;
          int from = start > 0 && isDayWord(v.low[start - 1]) ? start - 1 : start;
          out.add(new DateMention(from, i + 1,
              format(parts[2], parts[1], day(v.token(i - 2).text())), true));
          continue;
        }
        out.add(new DateMention(lead, i + 1, format(parts[2], parts[1], parts[0]),
            parts[0] > 0));
      } else if (v.type(i) == TokenType.NUMBER && v.is(i + 1, "tháng") && i + 2 < n
          && v.type(i + 2) == TokenType.NUMBER && v.is(i - 1, "ngày")) {
        // "ngày 5 tháng 3 (năm 2019)"
        int d = day(v.token(i).text());
        int m = month(v.token(i + 2).text());
        if (d > 0 && m > 0) {
          int to = i + 3;
          int y = 0;
          if (v.is(to, "năm") && to + 1 < n && v.type(to + 1) == TokenType.NUMBER) {
            y = year(v.token(to + 1).text());
            if (y > 0) {
              to += 2;
            }
          }
          out.add(new DateMention(i - 1, to, format(y, m, d), true));
          i = to - 1;
        }
      } else if (v.is(i, "tháng") && i + 1 < n && v.type(i + 1) == TokenType.NUMBER
          && !(i > 0 && v.type(i - 1) == TokenType.NUMBER)) {
        // "tháng 3 (năm 2019)" without a day
        int m = month(v.token(i + 1).text());
        if (m > 0) {
          int to = i + 2;
          int y = 0;
          if (v.is(to, "năm") && to + 1 < n && v.type(to + 1) == TokenType.NUMBER) {
            y = year(v.token(to + 1).text());
            if (y > 0) {
              to += 2;
            }
          }
          out.add(new DateMention(i, to, format(y, m, 0), false));
          i = to - 1;
        }
      }
    }
    return out;
  }

  static boolean isDayWord(String low) {
    return low.equals("ngày") || low.equals("sáng") || low.equals("chiều") || low.equals("tối")
        || low.equals("trưa") || low.equals("đêm") || low.equals("tháng");
  }

  /** Day, month, year (0 when absent) of a DATE token's text, or null. */
  static int[] parse(String text) {
    String[] parts = text.split("[/.\\-]");
    try {
      if (parts.length == 3 && parts[0].length() == 4) {
        return valid(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
            Integer.parseInt(parts[0]));
      }
      if (parts.length == 3) {
        return valid(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2]));
      }
      if (parts.length == 2 && parts[1].length() == 4) {
        return valid(0, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
      if (parts.length == 2) {
        return valid(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int[] valid(int d, int m, int y) {
    if (d < 0 || d > 31 || m < 1 || m > 12 || (y != 0 && (y < 1000 || y > 2999))) {
      return null;
    }
    if (y != 0 && y < 100) {
      return null;
    }
    return new int[] {d, m, y};
  }

  private static int day(String s) {
    int d = parseSmall(s);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int month(String s) {
    int m = parseSmall(s);
    return m >= 1 && m <= 12 ? m : -1;
  }

  private static int year(String s) {
    int y = s.length() == 4 ? parseSmall(s) : -1;
    return y >= 1000 && y <= 2999 ? y : -1;
  }

  private static int parseSmall(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** ISO form: YYYY-MM-DD, YYYY-MM, --MM-DD or --MM (0 means absent). */
  static String format(int y, int m, int d) {
    StringBuilder b = new StringBuilder(10);
    if (y > 0) {
      b.append(y);
    } else {
      b.append('-');
    }
    b.append('-');
    if (m < 10) {
      b.append('0');
    }
    b.append(m);
    if (d > 0) {
      b.append('-');
      if (d < 10) {
        b.append('0');
      }
      b.append(d);
    }
    return b.toString();
  }
}

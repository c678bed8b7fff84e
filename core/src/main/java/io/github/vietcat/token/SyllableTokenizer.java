package io.github.vietcat.token;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.normalize.ToneMarks;
import io.github.vietcat.normalize.VietnameseSyllable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits Vietnamese text into syllables and other typed tokens, each with exact offsets into the
 * original input.
 *
 * <p>The text is first normalized ({@link TextNormalizer}: NFC, Ð to Đ, zero-width and control
 * characters, odd spaces, HTML markup and entities); tokens are found in the normalized text and
 * mapped back, so {@link Token#text()} is always {@code input.substring(start, end)}, while {@link
 * Token#normalized()} is the normalized form with tone marks in their canonical place ({@link
 * ToneMarks}). Removed markup and format characters belong to no token; every other non-space
 * character of the input belongs to exactly one token.
 *
 * <p>The rules, applied in one left-to-right pass with no regular expressions:
 *
 * <ul>
 *   <li>a run of letters is a {@link TokenType#SYLLABLE} when it is a well-formed Vietnamese
 *       syllable ({@link VietnameseSyllable}); otherwise an {@link TokenType#ABBREVIATION} when it
 *       has two or more capitals, is all capitals or has no vowel ("UBND", "HĐND", "ThS", "Q",
 *       "kg", "đ"), else a {@link TokenType#FOREIGN_WORD}. All-capital parts joined by "-", "/" or "." make one abbreviation
 *       ("TT-VH", "TP.HCM", "PGS.TS", "Th.S"); a dot after an abbreviation is a separate token;
 *   <li>numbers keep their dot thousands and comma decimals ("4.697.607", "55,5"); with a following
 *       "%" they are a {@link TokenType#PERCENT}; a unit written against the number is a token of
 *       its own ("121kg" is "121" and "kg");
 *   <li>{@link TokenType#DATE}: day/month[/year] with "/", "-" or "." ("19/09/2019", "31/10",
 *       "9-8-2020"), year-month-day, and month/year when the month is 1..12 ("10/2019");
 *       {@link TokenType#TIME}: "18:37", "18:37:05", "7h30", "13h";
 *   <li>{@link TokenType#DOCUMENT_CODE}: a number followed by "/"- or "-"-joined capital parts
 *       ("21-CT/TU", "123/KH-UBND", "29/NQ/TW", "14/2018/NĐ-CP"), or number/year where the number
 *       cannot be a month ("14/2018") or the preceding word names a document ("số", "Chỉ thị",
 *       "Quyết định", ...); "tháng 10/2019" stays a date. Other numbers joined by "/" are one
 *       {@link TokenType#NUMBER} (house numbers "63/66", ratios);
 *   <li>{@link TokenType#URL} (a scheme, "www." or a host ending in a known top-level domain in lower
 *       case, such as ".vn" or ".com"), {@link TokenType#EMAIL}, {@link TokenType#HASHTAG} ("#..."), {@link
 *       TokenType#MENTION} ("@...");
 *   <li>anything else is one {@link TokenType#PUNCTUATION} or {@link TokenType#SYMBOL} char (by its
 *       Unicode category; "%", "#", "&amp;", "@", "*" are symbols); runs of dots ("...") and of "?!"
 *       are one token. Unpaired surrogates and unassigned chars are symbols.
 * </ul>
 *
 * <p>Thread-safe: no mutable state; one instance can serve all threads. Runs in time linear in the
 * input.
 */
public final class SyllableTokenizer {

  private static final List<String> TOP_LEVEL_DOMAINS = List.of(
      "vn", "com", "net", "org", "gov", "edu", "info", "biz", "io", "int", "me", "co", "tv", "asia",
      "xyz", "online", "site", "app", "dev", "news", "uk", "us", "jp", "kr", "cn", "fr", "de", "ru",
      "au", "ca", "eu", "sg", "th", "la", "kh");

  /** Last syllables of the names of official documents ("Chỉ thị", "Nghị quyết", ...) and "số". */
  private static final Set<String> DOCUMENT_WORDS = Set.of(
      "số", "thị", "quyết", "định", "tư", "văn", "hoạch", "lệnh", "luật", "báo", "trình", "án");

  /** The longest host name DNS allows; also bounds the look-ahead for hosts. */
  private static final int MAX_HOST_LENGTH = 253;

  /** At most this many parts make one abbreviation ("GS.TS.BS" has three); keeps joining linear. */
  private static final int MAX_ABBREVIATION_PARTS = 8;

  private final TextNormalizer normalizer;

  /** A tokenizer with the default normalization (HTML handling on). */
  public SyllableTokenizer() {
    this(new TextNormalizer());
  }

  /**
   * A tokenizer with a given normalization stage.
   *
   * @param normalizer the normalizer to run before tokenizing
   */
  public SyllableTokenizer(TextNormalizer normalizer) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /**
   * Tokenizes the text.
   *
   * @param text the raw text; may contain HTML and decomposed Unicode
   * @return the tokens in order, an unmodifiable list; empty for empty or blank text
   * @throws NullPointerException if text is null
   */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return tokenize(normalizer.normalize(text));
  }

  /**
   * Tokenizes text that is already normalized; offsets refer to {@link NormalizedText#original()}.
   *
   * @param text the normalized text with its offset map
   * @return the tokens in order, an unmodifiable list
   * @throws NullPointerException if text is null
   */
  public List<Token> tokenize(NormalizedText text) {
    Objects.requireNonNull(text, "text must not be null");
    Scanner scanner = new Scanner(text);
    scanner.scan();
    return Collections.unmodifiableList(scanner.tokens);
  }

  /** One tokenization run; not shared between threads. */
  private static final class Scanner {
    private final NormalizedText map;
    private final String s;
    /** The normalized text as an array: the hot loops index it without String's checks. */
    private final char[] a;
    private final String original;
    private final boolean sameText;
    private final int n;
    final List<Token> tokens;
    private int failedWebScanEnd;
    private int lastWebScanEnd;

    Scanner(NormalizedText map) {
      this.map = map;
      this.s = map.text();
      this.a = s.toCharArray();
      this.original = map.original();
      this.sameText = s == original;
      this.n = s.length();
      this.tokens = new ArrayList<>(Math.max(4, n / 5));
    }

    void scan() {
      int i = 0;
      while (i < n) {
        char c = a[i];
        int bits = CharClass.of(c);
        if ((bits & CharClass.SPACE) != 0) {
          i++;
        } else if (c >= '0' && c <= '9') {
          i = number(i);
        } else if ((bits & CharClass.WORD) != 0
            || (Character.isHighSurrogate(c) && isWordCodePoint(i))) {
          i = word(i);
        } else if (c == '#' && i + 1 < n && isTagChar(a[i + 1])) {
          i = tagLike(i, TokenType.HASHTAG, false);
        } else if (c == '@' && i + 1 < n && isTagChar(a[i + 1])) {
          i = tagLike(i, TokenType.MENTION, true);
        } else {
          i = punctuationOrSymbol(i);
        }
      }
    }

    // ---------------------------------------------------------------- words, URLs, e-mails

    private int word(int i) {
      // One pass over the run: its end, capitals, digits and lower-case letters.
      int j = i;
      int upper = 0;
      boolean digit = false;
      boolean lower = false;
      while (j < n) {
        char ch = a[j];
        if (ch < 0x80) {
          if (ch >= 'a' && ch <= 'z') {
            lower = true;
          } else if (ch >= 'A' && ch <= 'Z') {
            upper++;
          } else if (ch >= '0' && ch <= '9') {
            digit = true;
          } else {
            break;
          }
          j++;
        } else if (Character.isHighSurrogate(ch)) {
          if (!isWordCodePoint(j)) {
            break;
          }
          j += 2;
        } else {
          int bits = CharClass.of(ch);
          if ((bits & CharClass.WORD) == 0) {
            break;
          }
          if ((bits & CharClass.UPPER) != 0) {
            upper++;
          } else if ((bits & CharClass.LOWER) != 0) {
            lower = true;
          } else if ((bits & CharClass.DIGIT) != 0) {
            digit = true;
          }
          j++;
        }
      }
      if (j < n && isWebJoiner(a[j]) && isAsciiAlnum(a[i])) {
        // Only a run followed by ". @ : - _ % +" can start a URL or an e-mail address.
        int end = webToken(i);
        if (end > 0) {
          return end;
        }
      }
      if (digit) {
        boolean anyLetter = upper > 0 || lower;
        for (int k = i; k < j && !anyLetter; k++) {
          anyLetter = Character.isLetter(a[k]);
        }
        TokenType type = !anyLetter ? TokenType.NUMBER
            : upper > 0 && !lower ? TokenType.ABBREVIATION : TokenType.FOREIGN_WORD;
        if (type == TokenType.ABBREVIATION) {
          j = joinAbbreviation(i, j);
        }
        add(type, i, j);
        return j;
      }
      boolean allCaps = !lower && upper > 0;
      VietnameseSyllable.Form form = VietnameseSyllable.form(a, i, j);
      boolean valid = form != VietnameseSyllable.Form.NOT_A_SYLLABLE;
      if (j < n && upper > 0 && isJoiner(a[j])
          && (allCaps || (!valid && isShortCapitalised(i, j)))) {
        int joined = joinAbbreviation(i, j);
        if (joined > j) {
          add(TokenType.ABBREVIATION, i, joined);
          return joined;
        }
      }
      if (valid) {
        addSyllable(i, j, form == VietnameseSyllable.Form.TONE_MISPLACED);
      } else if (upper >= 2 || allCaps || !hasVowel(i, j)) {
        add(TokenType.ABBREVIATION, i, j);
      } else {
        add(TokenType.FOREIGN_WORD, i, j);
      }
      return j;
    }

    /** Letters, combining marks and digits from i. */
    private int letterRun(int i) {
      int j = i;
      while (j < n) {
        char ch = a[j];
        if (ch < 0x80) {
          if (!isAsciiAlnum(ch)) {
            break;
          }
          j++;
        } else if (Character.isHighSurrogate(ch)) {
          if (!isWordCodePoint(j)) {
            break;
          }
          j += 2;
        } else if (isWordChar(ch)) {
          j++;
        } else {
          break;
        }
      }
      return j;
    }

    private int upperCount(int from, int to) {
      int count = 0;
      for (int k = from; k < to; k++) {
        char ch = a[k];
        if (ch < 0x80 ? ch >= 'A' && ch <= 'Z' : Character.isUpperCase(ch)) {
          count++;
        }
      }
      return count;
    }

    /** Whether [from, to) has a Latin vowel letter (any accent); "kg", "đ", "tr" have none. */
    private boolean hasVowel(int from, int to) {
      for (int k = from; k < to; k++) {
        if (VietnameseSyllable.isVowelLetter(a[k])) {
          return true;
        }
      }
      return false;
    }

    private boolean hasDigit(int from, int to) {
      for (int k = from; k < to; k++) {
        char ch = a[k];
        if (ch < 0x80 ? ch >= '0' && ch <= '9' : Character.isDigit(ch)) {
          return true;
        }
      }
      return false;
    }

    private boolean isSyllable(int from, int to) {
      return VietnameseSyllable.form(a, from, to) != VietnameseSyllable.Form.NOT_A_SYLLABLE;
    }

    private static boolean isWebJoiner(char c) {
      return c == '.' || c == '@' || c == ':' || c == '-' || c == '_' || c == '%' || c == '+';
    }

    private static boolean isJoiner(char c) {
      return c == '.' || c == '-' || c == '/';
    }

    /** Up to three letters starting with a capital and no digit ("Th" of "Th.S"). */
    private boolean isShortCapitalised(int from, int to) {
      return to - from <= 3 && Character.isUpperCase(a[from]) && !hasDigit(from, to);
    }

    /** A part of a dotted or hyphenated abbreviation: all capitals, or "Th"-like non-syllables. */
    private boolean isAbbreviationPart(int from, int to, boolean allCaps) {
      if (allCaps) {
        return true;
      }
      return isShortCapitalised(from, to) && !isSyllable(from, to);
    }

    /** Extends the abbreviation at [i, j) over ".", "-" or "/" followed by another part. */
    private int joinAbbreviation(int i, int j) {
      int end = j;
      // "HÀ-NỘI" in a capitalised headline is two syllables, not an abbreviation.
      boolean nonSyllable = !isSyllable(i, j);
      int parts = 1;
      while (end + 1 < n && parts < MAX_ABBREVIATION_PARTS) {
        char sep = a[end];
        if (sep != '.' && sep != '-' && sep != '/') {
          break;
        }
        int partStart = end + 1;
        char first = a[partStart];
        if (!(Character.isLetter(first) || (sep != '.' && first >= '0' && first <= '9'))) {
          break;
        }
        int partEnd = letterRun(partStart);
        int upper = upperCount(partStart, partEnd);
        boolean lower = false;
        for (int k = partStart; k < partEnd; k++) {
          lower |= Character.isLowerCase(a[k]);
        }
        boolean ok = sep == '.'
            ? isAbbreviationPart(partStart, partEnd, !lower && upper > 0)
            : !lower && (upper > 0 || hasDigit(partStart, partEnd));
        if (!ok) {
          break;
        }
        nonSyllable |= !isSyllable(partStart, partEnd);
        end = partEnd;
        parts++;
      }
      return nonSyllable ? end : j;
    }

    /**
     * Tries URL and e-mail at i (an ASCII letter or digit); returns the end or -1. A failed scan
     * is remembered: starts inside the region it covered are not scanned again, which keeps runs
     * such as "a.a.a.a..." linear.
     */
    private int webToken(int i) {
      if (i < failedWebScanEnd) {
        return -1;
      }
      int end = scanWebToken(i);
      if (end < 0) {
        failedWebScanEnd = lastWebScanEnd;
      }
      return end;
    }

    private int scanWebToken(int i) {
      int j = i;
      boolean dot = false;
      while (j < n && j - i < 256) {
        char ch = a[j];
        if (isAsciiAlnum(ch) || ch == '-' || ch == '_' || ch == '%' || ch == '+') {
          j++;
        } else if (ch == '.') {
          dot = true;
          j++;
        } else {
          break;
        }
      }
      lastWebScanEnd = j;
      if (j >= n) {
        return dot ? host(i, j) : -1;
      }
      char stop = a[j];
      if (stop == ':' && s.startsWith("//", j + 1) && isScheme(i, j)) {
        int end = urlEnd(j + 3);
        if (end > j + 3) {
          add(TokenType.URL, i, end);
          return end;
        }
        return -1;
      }
      if (stop == '@' && j > i && a[j - 1] != '.') {
        int domainEnd = hostEnd(j + 1);
        if (domainEnd > 0) {
          add(TokenType.EMAIL, i, domainEnd);
          return domainEnd;
        }
        return -1;
      }
      return dot ? host(i, j) : -1;
    }

    private boolean isScheme(int from, int to) {
      int length = to - from;
      return (length == 4 && s.regionMatches(true, from, "http", 0, 4))
          || (length == 5 && s.regionMatches(true, from, "https", 0, 5))
          || (length == 3 && s.regionMatches(true, from, "ftp", 0, 3));
    }

    /** A bare host ("www.x.y", "baochinhphu.vn") at from, maybe with a path. */
    private int host(int from, int scanEnd) {
      int end = hostEnd(from);
      if (end < 0) {
        return -1;
      }
      boolean www = end - from > 4 && s.regionMatches(true, from, "www.", 0, 4);
      if (!www && !Character.isLetter(a[from]) && !Character.isDigit(a[from])) {
        return -1;
      }
      if (end < n && a[end] == '/') {
        end = urlEnd(end);
      }
      add(TokenType.URL, from, end);
      return end;
    }

    /**
     * The end of a host name "label(.label)+" at from whose last label is a known top-level
     * domain, or -1.
     */
    private int hostEnd(int from) {
      int j = from;
      int labelStart = from;
      int lastDot = -1;
      int limit = Math.min(n, from + MAX_HOST_LENGTH + 1);
      while (j < limit) {
        char ch = a[j];
        if (isAsciiAlnum(ch) || (ch == '-' && j > labelStart)) {
          j++;
        } else if (ch == '.' && j > labelStart && j + 1 < n && isAsciiAlnum(a[j + 1])) {
          lastDot = j;
          j++;
          labelStart = j;
        } else {
          break;
        }
      }
      if (lastDot < 0 || j - from > MAX_HOST_LENGTH
          || (j < n && (Character.isLetterOrDigit(a[j]) || a[j] == '@'))) {
        return -1; // no dot, too long for a host name (which also keeps "a.a.a..." linear)
      }
      return isTopLevelDomain(lastDot + 1, j) ? j : -1;
    }

    /** Whether [from, to) is a known top-level domain, in lower case ("vn", "com"). */
    private boolean isTopLevelDomain(int from, int to) {
      int length = to - from;
      if (length < 2 || length > 6 || a[from] < 'a' || a[from] > 'z') {
        return false;
      }
      for (String tld : TOP_LEVEL_DOMAINS) {
        if (tld.length() == length && s.startsWith(tld, from)) {
          return true;
        }
      }
      return false;
    }

    /** The end of a URL's path from from: up to a space or quote, trailing punctuation left out. */
    private int urlEnd(int from) {
      int j = from;
      int open = 0;
      while (j < n) {
        char ch = a[j];
        if (ch <= ' ' || ch == '"' || ch == '<' || ch == '>' || ch == '`' || ch == '\u201C'
            || ch == '\u201D' || ch == '\u2018' || ch == '\u2019' || ch == '\u00AB' || ch == '\u00BB'
            || Character.isWhitespace(ch) || Character.isSurrogate(ch)) {
          break;
        }
        if (ch == '(') {
          open++;
        } else if (ch == ')') {
          if (open == 0) {
            break;
          }
          open--;
        }
        j++;
      }
      while (j > from) {
        char last = a[j - 1];
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?'
            || last == '\'') {
          j--;
        } else {
          break;
        }
      }
      return j;
    }

    private int tagLike(int i, TokenType type, boolean dots) {
      int j = i + 1;
      while (j < n) {
        char ch = a[j];
        if (isTagChar(ch)) {
          j++;
        } else if (dots && ch == '.' && j + 1 < n && isTagChar(a[j + 1])) {
          j++;
        } else if (Character.isHighSurrogate(ch) && isWordCodePoint(j)) {
          j += 2;
        } else {
          break;
        }
      }
      add(type, i, j);
      return j;
    }

    // ---------------------------------------------------------------- numbers

    private int number(int i) {
      int j = digits(i);
      int digitCount = j - i;
      if (j < n) {
        char next = a[j];
        if (next == ':' && digitCount <= 2) {
          int end = clockTime(i, j);
          if (end > 0) {
            add(TokenType.TIME, i, end);
            return end;
          }
        } else if ((next == 'h' || next == 'H') && digitCount <= 2 && value(i, j) <= 24) {
          int end = hourTime(j);
          if (end > 0) {
            add(TokenType.TIME, i, end);
            return end;
          }
        } else if ((next == '.' || next == ',') && j + 1 < n && isDigit(a[j + 1])) {
          return groupedNumber(i, j);
        } else if ((next == '/' || next == '-') && j + 1 < n) {
          int end = compound(i, j);
          if (end > 0) {
            return end;
          }
        }
      }
      return finishNumber(i, j);
    }

    private int finishNumber(int i, int j) {
      if (j < n && a[j] == '%') {
        add(TokenType.PERCENT, i, j + 1);
        return j + 1;
      }
      add(TokenType.NUMBER, i, j);
      return j;
    }

    /** "18:37" or "18:37:05" at i, with the colon at j; the end or -1. */
    private int clockTime(int i, int j) {
      int minutesEnd = digits(j + 1);
      if (minutesEnd - (j + 1) != 2 || value(i, j) > 24 || value(j + 1, minutesEnd) > 59) {
        return -1;
      }
      int end = minutesEnd;
      if (end + 2 < n && a[end] == ':') {
        int secondsEnd = digits(end + 1);
        if (secondsEnd - (end + 1) == 2 && value(end + 1, secondsEnd) <= 59) {
          end = secondsEnd;
        }
      }
      return end < n && (isDigit(a[end]) || Character.isLetter(a[end])) ? -1 : end;
    }

    /** "7h30" or "13h" with the "h" at j; the end or -1. */
    private int hourTime(int j) {
      int end = j + 1;
      int minutesEnd = digits(end);
      if (minutesEnd - end == 2 && value(end, minutesEnd) <= 59) {
        end = minutesEnd;
      } else if (minutesEnd != end) {
        return -1;
      }
      if (end < n && (isDigit(a[end]) || Character.isLetter(a[end]))) {
        return -1;
      }
      return end;
    }

    /** "4.697.607", "55,5", or a dotted date "19.09.2019". */
    private int groupedNumber(int i, int j) {
      int end = j;
      int groups = 1;
      boolean onlyDots = true;
      int[] bounds = new int[8];
      bounds[0] = i;
      bounds[1] = j;
      while (end + 1 < n && (a[end] == '.' || a[end] == ',')
          && isDigit(a[end + 1])) {
        onlyDots &= a[end] == '.';
        int groupEnd = digits(end + 1);
        if (groups < 4) {
          bounds[2 * groups] = end + 1;
          bounds[2 * groups + 1] = groupEnd;
        }
        groups++;
        end = groupEnd;
      }
      if (groups == 3 && onlyDots && isDate(bounds[0], bounds[1], bounds[2], bounds[3],
          bounds[4], bounds[5])) {
        add(TokenType.DATE, i, end);
        return end;
      }
      return finishNumber(i, end);
    }

    /** Dates, times and document codes joined by "/" or "-"; the end, or -1 if none applies. */
    private int compound(int i, int j) {
      final int maxParts = 8;
      int[] starts = new int[maxParts];
      int[] ends = new int[maxParts];
      boolean[] numeric = new boolean[maxParts];
      char[] separators = new char[maxParts];
      starts[0] = i;
      ends[0] = j;
      numeric[0] = true;
      int parts = 1;
      int end = j;
      while (parts < maxParts && end + 1 < n && (a[end] == '/' || a[end] == '-')) {
        int partStart = end + 1;
        char first = a[partStart];
        int partEnd;
        boolean isNumber;
        if (isDigit(first)) {
          partEnd = digits(partStart);
          isNumber = true;
        } else if (isCapital(first)) {
          partEnd = partStart;
          while (partEnd < n && isCapital(a[partEnd])) {
            partEnd++;
          }
          partEnd = digits(partEnd);
          isNumber = false;
        } else {
          break;
        }
        if (partEnd < n && Character.isLetter(a[partEnd])) {
          break; // "5-Tháng": a capitalised word, not a code part
        }
        separators[parts] = a[end];
        starts[parts] = partStart;
        ends[parts] = partEnd;
        numeric[parts] = isNumber;
        parts++;
        end = partEnd;
      }
      if (parts == 1) {
        return -1;
      }
      boolean allNumeric = true;
      boolean sameSeparator = true;
      for (int p = 1; p < parts; p++) {
        allNumeric &= numeric[p];
        sameSeparator &= separators[p] == separators[1];
      }
      if (!allNumeric) {
        // Keep the leading numeric parts only if the code proper starts later: "2-3/NQ" is a code.
        add(TokenType.DOCUMENT_CODE, i, end);
        return end;
      }
      boolean slash = separators[1] == '/';
      if (parts == 2) {
        if (isDayMonth(starts[0], ends[0], starts[1], ends[1])) {
          if (slash || !documentContext()) {
            add(TokenType.DATE, i, end);
            return end;
          }
        }
        if (isYear(starts[1], ends[1]) && ends[0] - starts[0] <= 2) {
          int month = value(starts[0], ends[0]);
          boolean date = month >= 1 && month <= 12 && (monthContext() || !documentContext());
          if (date || slash) {
            add(date ? TokenType.DATE : TokenType.DOCUMENT_CODE, i, end);
            return end;
          }
        }
        if (slash) {
          add(TokenType.NUMBER, i, end); // a house number or ratio: "số 63/66", "3/100"
          return end;
        }
        return -1;
      }
      if (parts == 3 && sameSeparator) {
        if (isDate(starts[0], ends[0], starts[1], ends[1], starts[2], ends[2])
            || isDate(starts[2], ends[2], starts[1], ends[1], starts[0], ends[0])) {
          add(TokenType.DATE, i, end);
          return end;
        }
      }
      if (slash && sameSeparator) {
        boolean year = false;
        for (int p = 0; p < parts; p++) {
          year |= isYear(starts[p], ends[p]);
        }
        add(year ? TokenType.DOCUMENT_CODE : TokenType.NUMBER, i, end);
        return end;
      }
      return -1;
    }

    private boolean isDayMonth(int ds, int de, int ms, int me) {
      if (de - ds > 2 || me - ms > 2) {
        return false;
      }
      int day = value(ds, de);
      int month = value(ms, me);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private boolean isYear(int from, int to) {
      if (to - from != 4) {
        return false;
      }
      int year = value(from, to);
      return year >= 1800 && year <= 2199;
    }

    private boolean isDate(int ds, int de, int ms, int me, int ys, int ye) {
      return isDayMonth(ds, de, ms, me) && (isYear(ys, ye) || ye - ys == 2);
    }

    /** Whether the word before names a document ("số", "Chỉ thị", "Quyết định"...). */
    private boolean documentContext() {
      String previous = previousWord();
      return previous != null && DOCUMENT_WORDS.contains(previous);
    }

    private boolean monthContext() {
      return "tháng".equals(previousWord());
    }

    /** The previous token's lower-cased form, skipping one ":" ("Số: 12/..."). */
    private String previousWord() {
      int k = tokens.size() - 1;
      if (k >= 0 && tokens.get(k).type() == TokenType.PUNCTUATION
          && tokens.get(k).normalized().equals(":")) {
        k--;
      }
      if (k < 0 || tokens.get(k).type() != TokenType.SYLLABLE) {
        return null;
      }
      return tokens.get(k).normalized().toLowerCase(Locale.ROOT);
    }

    private int digits(int from) {
      int j = from;
      while (j < n && isDigit(a[j])) {
        j++;
      }
      return j;
    }

    /** The value of a digit run, saturating at a large number. */
    private int value(int from, int to) {
      int v = 0;
      for (int k = from; k < to; k++) {
        v = v * 10 + (a[k] - '0');
        if (v > 100_000) {
          return 100_000;
        }
      }
      return v;
    }

    // ---------------------------------------------------------------- punctuation and symbols

    private int punctuationOrSymbol(int i) {
      char c = a[i];
      if (c == '.' || c == '?' || c == '!') {
        int j = i + 1;
        if (c == '.') {
          while (j < n && a[j] == '.') {
            j++;
          }
        } else {
          while (j < n && (a[j] == '?' || a[j] == '!')) {
            j++;
          }
        }
        j = withMarks(j);
        add(TokenType.PUNCTUATION, i, j);
        return j;
      }
      int cp = s.codePointAt(i);
      int j = withMarks(i + Character.charCount(cp));
      add(isPunctuation(cp) ? TokenType.PUNCTUATION : TokenType.SYMBOL, i, j);
      return j;
    }

    /**
     * The end of the combining marks from {@code j}: marks stay with the char they follow (a
     * token never splits a grapheme cluster), so that a mark's token does not depend on whether
     * NFC composed it with its base.
     */
    private int withMarks(int j) {
      while (j < n && (CharClass.of(a[j]) & CharClass.MARK) != 0) {
        j++;
      }
      return j;
    }

    private static boolean isPunctuation(int cp) {
      if (cp == '%' || cp == '#' || cp == '&' || cp == '@' || cp == '*' || cp == '\\' || cp == '\u2030'
          || cp == '\u2020' || cp == '\u2021' || cp == '\u00A7' || cp == '\u00B6') {
        return false;
      }
      switch (Character.getType(cp)) {
        case Character.CONNECTOR_PUNCTUATION:
        case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION:
        case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION:
        case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
          return true;
        default:
          return false;
      }
    }

    // ---------------------------------------------------------------- helpers

    private void add(TokenType type, int from, int to) {
      int start = sameText ? from : map.originalStart(from);
      int end = sameText ? to : map.originalEnd(to);
      int last = tokens.size() - 1;
      if (last >= 0 && start < tokens.get(last).end()) {
        // Two normalized chars from one composed original span (a letter with marks that compose
        // into more than one char): tokens must not overlap, so the span stays one token.
        Token previous = tokens.remove(last);
        start = previous.start();
        end = Math.max(end, previous.end());
        String surface = previous.normalized() + s.substring(from, to);
        tokens.add(new Token(original.substring(start, end), surface, previous.type(), start, end));
        return;
      }
      String text = original.substring(start, end);
      String surface = sameText ? text : s.substring(from, to);
      tokens.add(new Token(text, surface, type, start, end));
    }

    private void addSyllable(int from, int to, boolean toneMisplaced) {
      add(TokenType.SYLLABLE, from, to);
      if (toneMisplaced) {
        int last = tokens.size() - 1;
        Token t = tokens.get(last);
        tokens.set(last, new Token(t.text(), ToneMarks.canonical(t.normalized()), t.type(),
            t.start(), t.end()));
      }
    }

    private boolean isWordCodePoint(int at) {
      int cp = s.codePointAt(at);
      return Character.charCount(cp) == 2 && Character.isLetterOrDigit(cp);
    }

    private static boolean isWordChar(char c) {
      return (CharClass.of(c) & CharClass.WORD) != 0;
    }

    private static boolean isTagChar(char c) {
      return c == '_' || isWordChar(c);
    }

    private static boolean isAsciiAlnum(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isCapital(char c) {
      return (c >= 'A' && c <= 'Z') || c == '\u0110';
    }
  }
}

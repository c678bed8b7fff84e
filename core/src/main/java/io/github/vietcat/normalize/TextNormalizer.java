package io.github.vietcat.normalize;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The normalization stage: turns raw text as scraped or fed into clean text, keeping an offset map
 * back to the original ({@link NormalizedText}). A first linear pass maps chars:
 *
 * <ol>
 *   <li>maps the look-alike letters Ð/ð (U+00D0/U+00F0, the Icelandic eth) to Đ/đ;
 *   <li>removes format characters (Unicode category Cf: zero-width space and joiners, BOM, soft
 *       hyphen, direction marks);
 *   <li>turns other control characters into a space, except tab, line feed and carriage return
 *       which are kept; vertical tab, form feed, NEL and the Unicode line and paragraph separators
 *       become a line feed;
 *   <li>turns non-breaking and other odd spaces (category Zs) into a plain space;
 *   <li>when HTML is on (the default): removes tags, comments and the content of {@code script} and
 *       {@code style} elements; a block tag ({@code p}, {@code div}, {@code br}, {@code li}, {@code
 *       h1}...) becomes a line feed, an inline tag ({@code b}, {@code i}, {@code span}, {@code a}...)
 *       disappears, any other tag becomes a space; decodes character references ({@code &amp;},
 *       {@code &#7843;}, {@code &#x1EA1;}) and the common named entities. A {@code <} that does not
 *       open a well-formed tag within 4096 chars, and an unknown entity, stay as they are.
 * </ol>
 *
 * <p>Then, only where the first pass met a combining mark:
 *
 * <ol>
 *   <li>composes each combining sequence of the mapped text to Unicode NFC ("a" + U+0301 becomes
 *       "á"), after removal and decoding so that "ă", U+200B, U+0302 composes as "ă" + U+0302
 *       would; a sequence of more than 30 marks (stream-safe format's limit) is left as it is, so
 *       hostile input cannot make it slow; chars outside the Basic Multilingual Plane (emoji) and
 *       unpaired surrogates are copied as they are;
 *   <li>optionally moves tone marks to their canonical place ({@link ToneMarks}); off by default,
 *       since tokens carry the canonical form in their own normalized text.
 * </ol>
 *
 * <p>Normalizing a normalized text changes nothing more (plain mode; with HTML on, decoded text
 * such as {@code &amp;lt;} is decoded once per pass, as in a browser). Thread-safe and stateless.
 * Runs in time linear in the input.
 */
public final class TextNormalizer {

  private static final byte COPY = 0;
  private static final byte REMOVE = 1;
  private static final byte SPACE = 2;
  private static final byte NEWLINE = 3;
  private static final byte COMPOSE = 4;
  private static final byte LOOKALIKE = 5;
  /** A char that NFC replaces on its own (Ohm sign, Greek oxia forms): mapped in the first pass. */
  private static final byte SINGLETON = 6;

  /** What to do with each BMP char, ignoring HTML. */
  private static final byte[] ACTION = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      ACTION[c] = classify((char) c);
    }
  }

  private static final int MAX_TAG = 4096;
  private static final int MAX_ENTITY = 32;
  private static final int MAX_COMBINING_RUN = 30;

  private static final Set<String> INLINE_TAGS = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s",
      "small", "span", "strong", "sub", "sup", "u", "var", "wbr", "ins", "del", "time", "strike");

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
      "h5", "h6", "section", "article", "header", "footer", "blockquote", "title", "hr", "dd", "dt",
      "dl", "figure", "figcaption", "nav", "aside", "main", "form", "pre", "body", "html", "head",
      "caption", "center", "address");

  private static final Map<String, Character> ENTITIES = entities();

  private final boolean html;
  private final boolean canonicalToneMarks;

  /** A normalizer with HTML handling on and tone marks left where they are. */
  public TextNormalizer() {
    this(true, false);
  }

  /**
   * A normalizer with explicit options.
   *
   * @param html whether to remove HTML markup and decode character references
   * @param canonicalToneMarks whether to move tone marks to their canonical place
   */
  public TextNormalizer(boolean html, boolean canonicalToneMarks) {
    this.html = html;
    this.canonicalToneMarks = canonicalToneMarks;
  }

  /**
   * Whether this normalizer removes HTML markup.
   *
   * @return true when HTML tags and entities are removed or decoded
   */
  public boolean handlesHtml() {
    return html;
  }

  /**
   * Normalizes the text.
   *
   * @param text raw text
   * @return the normalized text with its offset map
   * @throws NullPointerException if text is null
   */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    int n = text.length();
    int i = 0;
    while (i < n && !needsWork(text.charAt(i))) {
      i++;
    }
    NormalizedText result;
    if (i == n) {
      result = NormalizedText.identity(text);
    } else {
      result = new Pass(text, i).run();
    }
    if (canonicalToneMarks) {
      String canonical = ToneMarks.canonical(result.text());
      if (canonical != result.text()) {
        return result.withText(canonical);
      }
    }
    return result;
  }

  /**
   * Normalizes the text and returns only the normalized string.
   *
   * @param text raw text
   * @return the normalized text
   */
  public String normalizeToString(String text) {
    return normalize(text).text();
  }

  private boolean needsWork(char c) {
    if (c < 0x80) {
      return html ? c == '<' || c == '&' || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
          || c == 0x7F
          : (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F;
    }
    return ACTION[c] != COPY;
  }

  private static byte classify(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ') {
      return COPY;
    }
    if (c == '\u00D0' || c == '\u00F0') {
      return LOOKALIKE;
    }
    if (c == 0x0B || c == 0x0C || c == 0x85 || c == '\u2028' || c == '\u2029') {
      return NEWLINE;
    }
    if (Character.isSurrogate(c)) {
      // Copied as they are, paired or not: NFC changes no supplementary char that news text uses
      // (only the CJK compatibility ideographs of U+2F800..U+2FA1F, which are left alone).
      return COPY;
    }
    int type = Character.getType(c);
    switch (type) {
      case Character.FORMAT:
        return REMOVE;
      case Character.CONTROL:
      case Character.SPACE_SEPARATOR:
        return SPACE;
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return COMPOSE;
      default:
        break;
    }
    if (c >= 0x1160 && c <= 0x11FF) {
      return COMPOSE; // Hangul vowel and final jamo compose with what precedes them
    }
    if (c >= 0x300 && !Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)) {
      // Such as the Ohm and Angstrom signs: replaced where they stand, so that they never join
      // the span of the char before them.
      return SINGLETON;
    }
    return COPY;
  }

  /** One normalization run over a text that needs work from {@code firstChange} on. */
  private final class Pass {
    private final String in;
    private final int n;
    private char[] out;
    private int[] starts;
    private int[] ends; // lazily allocated
    private int length;
    /** Offsets from which a search for a closing marker is known to fail. */
    private int noCommentEndFrom = Integer.MAX_VALUE;

    private int noScriptEndFrom = Integer.MAX_VALUE;
    private int noStyleEndFrom = Integer.MAX_VALUE;

    Pass(String in, int firstChange) {
      this.in = in;
      this.n = in.length();
      int capacity = n + 16;
      out = new char[capacity];
      starts = new int[capacity];
      in.getChars(0, firstChange, out, 0);
      for (int k = 0; k < firstChange; k++) {
        starts[k] = k;
      }
      length = firstChange;
      position = firstChange;
    }

    private int position;
    /** Whether a combining mark (or another char that NFC changes) was emitted. */
    private boolean sawMark;

    NormalizedText run() {
      while (position < n) {
        char c = in.charAt(position);
        if (html && (c == '<' || c == '&')) {
          int end = c == '<' ? tag(position) : entity(position);
          if (end > 0) {
            continue; // tag() and entity() emitted and advanced
          }
          emit(c, position, position + 1);
          position++;
          continue;
        }
        byte action = c < 0x80 && c >= 0x20 && c != 0x7F ? COPY : ACTION[c];
        switch (action) {
          case REMOVE:
            position++;
            break;
          case SPACE:
            emit(' ', position, position + 1);
            position++;
            break;
          case NEWLINE:
            emit('\n', position, position + 1);
            position++;
            break;
          case LOOKALIKE:
            emit(c == '\u00D0' ? '\u0110' : '\u0111', position, position + 1);
            position++;
            break;
          case COMPOSE:
            // Kept as it is here, composed by composeMarks() once the whole text is mapped.
            sawMark = true;
            emit(c, position, position + 1);
            position++;
            break;
          case SINGLETON:
            emitSingleton(c, position, position + 1);
            position++;
            break;
          default:
            emit(c, position, position + 1);
            position++;
            break;
        }
      }
      if (sawMark) {
        composeMarks();
      }
      String text = new String(out, 0, length);
      return new NormalizedText(in, text, Arrays.copyOf(starts, length),
          ends == null ? null : Arrays.copyOf(ends, length));
    }

    /**
     * The second stage: composes each combining sequence of the mapped text to NFC. It runs after
     * removal, HTML and entity decoding, so that marks separated in the input only by removed
     * chars (zero-width space, BOM, inline tags) or produced by a character reference compose as
     * they would in the cleaned text; composing before removal made a second pass compose what
     * the first had left apart (issue 11). A composed char spans the original span of its whole
     * sequence. A sequence with more than {@value #MAX_COMBINING_RUN} marks (no script needs that
     * many; Unicode's stream-safe format draws the line at the same place) is left exactly as it
     * is, which keeps the stage linear on hostile input and its result stable under a second
     * pass.
     */
    private void composeMarks() {
      char[] source = Arrays.copyOf(out, length);
      int[] sourceStarts = Arrays.copyOf(starts, length);
      int[] sourceEnds = ends == null ? null : Arrays.copyOf(ends, length);
      int sourceLength = length;
      length = 0;
      int i = 0;
      while (i < sourceLength) {
        if (Character.isSurrogate(source[i])) {
          // Supplementary chars are kept as they are; marks after one compose among themselves.
          copyRange(source, sourceStarts, sourceEnds, i, i + 1);
          i++;
          continue;
        }
        // The sequence [i, j): a starter and the marks after it, or marks alone at the start of
        // the text or after a surrogate.
        int from = i;
        int j = i + 1;
        while (j < sourceLength && isMark(source[j])) {
          j++;
        }
        int marks = isMark(source[i]) ? j - i : j - i - 1;
        if (marks == 0 || marks > MAX_COMBINING_RUN) {
          copyRange(source, sourceStarts, sourceEnds, from, j);
          i = j;
          continue;
        }
        String sequence = new String(source, from, j - from);
        String composed = Normalizer.normalize(sequence, Normalizer.Form.NFC);
        if (composed.equals(sequence)) {
          copyRange(source, sourceStarts, sourceEnds, from, j);
        } else {
          // What NFC left in front (a starter that took no mark) keeps its own span, so that a
          // token boundary before a mark stays where it was; the rest spans what it came from.
          int same = 0;
          int limit = Math.min(composed.length(), sequence.length() - 1);
          while (same < limit && composed.charAt(same) == sequence.charAt(same)) {
            same++;
          }
          copyRange(source, sourceStarts, sourceEnds, from, from + same);
          int spanStart = sourceStarts[from + same];
          int spanEnd = sourceEnds == null ? sourceStarts[j - 1] + 1 : sourceEnds[j - 1];
          for (int k = same; k < composed.length(); k++) {
            emit(lookalike(composed.charAt(k)), spanStart, spanEnd);
          }
        }
        i = j;
      }
    }

    private void copyRange(char[] source, int[] sourceStarts, int[] sourceEnds, int from, int to) {
      for (int k = from; k < to; k++) {
        emit(source[k], sourceStarts[k], sourceEnds == null ? sourceStarts[k] + 1 : sourceEnds[k]);
      }
    }

    private void emitSingleton(char c, int start, int end) {
      String replacement = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC);
      for (int k = 0; k < replacement.length(); k++) {
        emit(lookalike(replacement.charAt(k)), start, end);
      }
      sawMark = true; // its replacement may compose with marks after it (Angstrom sign + acute)
    }

    private void emit(char c, int start, int end) {
      if (length == out.length) {
        int capacity = out.length + (out.length >> 1) + 16;
        out = Arrays.copyOf(out, capacity);
        starts = Arrays.copyOf(starts, capacity);
        if (ends != null) {
          ends = Arrays.copyOf(ends, capacity);
        }
      }
      if (ends == null && end != start + 1) {
        ends = new int[out.length];
        for (int k = 0; k < length; k++) {
          ends[k] = starts[k] + 1;
        }
      }
      out[length] = c;
      starts[length] = start;
      if (ends != null) {
        ends[length] = end;
      }
      length++;
    }

    /** Handles a tag at {@code at}; returns its end (exclusive) or -1 if it is not a tag. */
    private int tag(int at) {
      if (at + 1 >= n) {
        return -1;
      }
      char next = in.charAt(at + 1);
      if (next == '!' && in.startsWith("<!--", at)) {
        int close = findOrRemember(at + 4, "-->", 0);
        if (close < 0) {
          return -1;
        }
        int end = close + 3;
        emit(' ', at, end);
        position = end;
        return end;
      }
      boolean closing = next == '/';
      int nameStart = closing ? at + 2 : at + 1;
      if (nameStart >= n) {
        return -1;
      }
      char first = in.charAt(nameStart);
      boolean declaration = !closing && (first == '!' || first == '?');
      if (!declaration && !isAsciiLetter(first)) {
        return -1;
      }
      int nameEnd = nameStart + 1;
      while (nameEnd < n && (isAsciiLetter(in.charAt(nameEnd)) || isAsciiDigit(in.charAt(nameEnd)))) {
        nameEnd++;
      }
      if (!declaration && nameEnd < n && !isTagNameEnd(in.charAt(nameEnd))) {
        return -1; // "<ờ>" or "<o" + a combining mark: text, not a tag
      }
      // Find the closing '>', skipping quoted attribute values; give up at a new '<'.
      int limit = Math.min(n, at + MAX_TAG);
      int k = nameEnd;
      char quote = 0;
      int close = -1;
      while (k < limit) {
        char c = in.charAt(k);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          close = k;
          break;
        } else if (c == '<') {
          break;
        }
        k++;
      }
      if (close < 0) {
        return -1;
      }
      int end = close + 1;
      String name = in.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      if (!closing && (name.equals("script") || name.equals("style"))
          && in.charAt(close - 1) != '/') {
        int contentEnd = findOrRemember(end, "</" + name, name.equals("script") ? 1 : 2);
        if (contentEnd >= 0) {
          int gt = in.indexOf('>', contentEnd);
          end = gt < 0 ? n : gt + 1;
        }
      }
      if (declaration) {
        emit(' ', at, end);
      } else if (INLINE_TAGS.contains(name)) {
        // removed without a trace: inline markup must not split a word
      } else if (BLOCK_TAGS.contains(name)) {
        emit('\n', at, end);
      } else {
        emit(' ', at, end);
      }
      position = end;
      return end;
    }

    /**
     * Finds {@code marker} (ASCII, matched case-insensitively) from {@code from}; remembers a
     * failure so that repeated openers without a closer cost linear time in total.
     */
    private int findOrRemember(int from, String marker, int which) {
      int known = which == 0 ? noCommentEndFrom : which == 1 ? noScriptEndFrom : noStyleEndFrom;
      if (from >= known) {
        return -1;
      }
      int found = indexOfIgnoreCase(in, marker, from);
      if (found < 0) {
        if (which == 0) {
          noCommentEndFrom = from;
        } else if (which == 1) {
          noScriptEndFrom = from;
        } else {
          noStyleEndFrom = from;
        }
      }
      return found;
    }

    /** Decodes a character reference at {@code at}; returns its end or -1. */
    private int entity(int at) {
      int limit = Math.min(n, at + MAX_ENTITY);
      int k = at + 1;
      while (k < limit && (isAsciiLetter(in.charAt(k)) || isAsciiDigit(in.charAt(k))
          || (k == at + 1 && in.charAt(k) == '#'))) {
        k++;
      }
      if (k >= limit || in.charAt(k) != ';' || k == at + 1) {
        return -1;
      }
      int end = k + 1;
      int codePoint = -1;
      if (in.charAt(at + 1) == '#') {
        codePoint = parseNumericReference(at + 2, k);
      } else {
        Character named = ENTITIES.get(in.substring(at + 1, k));
        if (named != null) {
          codePoint = named;
        }
      }
      if (codePoint < 0) {
        return -1;
      }
      if (Character.isSupplementaryCodePoint(codePoint)) {
        emit(Character.highSurrogate(codePoint), at, end);
        emit(Character.lowSurrogate(codePoint), at, end);
      } else {
        char c = (char) codePoint;
        switch (ACTION[c]) {
          case REMOVE:
            break;
          case SPACE:
            emit(c == '\t' || c == '\n' || c == '\r' ? c : ' ', at, end);
            break;
          case NEWLINE:
            emit('\n', at, end);
            break;
          case LOOKALIKE:
            emit(c == '\u00D0' ? '\u0110' : '\u0111', at, end);
            break;
          case COMPOSE:
            sawMark = true; // "a&#x301;" composes like "a" + U+0301
            emit(c, at, end);
            break;
          case SINGLETON:
            emitSingleton(c, at, end);
            break;
          default:
            emit(c, at, end);
            break;
        }
      }
      position = end;
      return end;
    }

    private int parseNumericReference(int from, int to) {
      if (from >= to) {
        return -1;
      }
      boolean hex = in.charAt(from) == 'x' || in.charAt(from) == 'X';
      int k = hex ? from + 1 : from;
      if (k >= to || to - k > 7) {
        return -1;
      }
      int value = 0;
      for (; k < to; k++) {
        int digit = Character.digit(in.charAt(k), hex ? 16 : 10);
        if (digit < 0) {
          return -1;
        }
        value = value * (hex ? 16 : 10) + digit;
      }
      if (value == 0 || value > Character.MAX_CODE_POINT
          || (value >= 0xD800 && value <= 0xDFFF)) {
        return -1;
      }
      return value;
    }
  }

  private static boolean isMark(char c) {
    return c >= 0x80 && ACTION[c] == COMPOSE;
  }

  private static char lookalike(char c) {
    return c == '\u00D0' ? '\u0110' : c == '\u00F0' ? '\u0111' : c;
  }

  private static boolean isTagNameEnd(char c) {
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int indexOfIgnoreCase(String text, String marker, int from) {
    int m = marker.length();
    char first = marker.charAt(0);
    for (int k = Math.max(0, from); k + m <= text.length(); k++) {
      if (text.charAt(k) == first && text.regionMatches(true, k, marker, 0, m)) {
        return k;
      }
    }
    return -1;
  }

  private static Map<String, Character> entities() {
    java.util.HashMap<String, Character> map = new java.util.HashMap<>();
    map.put("amp", '&');
    map.put("lt", '<');
    map.put("gt", '>');
    map.put("quot", '"');
    map.put("apos", '\'');
    map.put("nbsp", '\u00A0');
    map.put("ensp", '\u2002');
    map.put("emsp", '\u2003');
    map.put("thinsp", '\u2009');
    map.put("zwsp", '\u200B');
    map.put("zwj", '\u200D');
    map.put("zwnj", '\u200C');
    map.put("shy", '\u00AD');
    map.put("ndash", '\u2013');
    map.put("mdash", '\u2014');
    map.put("hellip", '\u2026');
    map.put("laquo", '\u00AB');
    map.put("raquo", '\u00BB');
    map.put("lsquo", '\u2018');
    map.put("rsquo", '\u2019');
    map.put("ldquo", '\u201C');
    map.put("rdquo", '\u201D');
    map.put("bull", '\u2022');
    map.put("middot", '\u00B7');
    map.put("copy", '\u00A9');
    map.put("reg", '\u00AE');
    map.put("deg", '\u00B0');
    map.put("times", '\u00D7');
    map.put("divide", '\u00F7');
    map.put("euro", '\u20AC');
    map.put("percnt", '%');
    map.put("Dstrok", '\u0110');
    map.put("dstrok", '\u0111');
    map.put("ETH", '\u00D0');
    map.put("eth", '\u00F0');
    // The Latin-1 accented vowels: agrave, Aacute, ocirc, ...
    String[][] accents = {
      {"grave", "\u0300"}, {"acute", "\u0301"}, {"circ", "\u0302"}, {"tilde", "\u0303"},
      {"uml", "\u0308"}
    };
    for (char vowel : "aeiouyAEIOUY".toCharArray()) {
      for (String[] accent : accents) {
        String composed = Normalizer.normalize(vowel + accent[1], Normalizer.Form.NFC);
        if (composed.length() == 1 && composed.charAt(0) < 0x100) {
          map.put(vowel + accent[0], composed.charAt(0));
        }
      }
    }
    return Map.copyOf(map);
  }
}

package io.github.vietcat.stream;

/**
 * Finds the places where a text can be cut into chunks that normalize and tokenize exactly as the
 * whole text does: after a line break that lies outside any HTML construct the normalizer could
 * remove (a tag, a comment, a {@code script} or {@code style} element). It mirrors the rules of
 * {@link io.github.vietcat.normalize.TextNormalizer} for where such a construct starts and ends,
 * and errs on the side of not cutting: a construct it cannot see the end of yet keeps it waiting.
 *
 * <p>Fed the text left to right with {@link #scan}; keeps its state between calls. Not
 * thread-safe (one instance per stream).
 */
final class SafeCuts {

  /** The normalizer gives up looking for a tag's '>' after this many chars. */
  static final int MAX_TAG = 4096;

  private enum State { NORMAL, TAG, COMMENT, RAW }

  private State state = State.NORMAL;
  /** Where the current tag's '<' is (buffer index). */
  private int tagStart;
  /** The quote char open inside a tag, or 0. */
  private char quote;
  /** For a tag named script or style: its name, whose element content is raw. */
  private String rawName;
  /** In RAW state: whether the closing "</name" was seen (then the next '>' ends it). */
  private boolean rawClosing;

  /** Forgets any open construct (after a forced cut). */
  void reset() {
    state = State.NORMAL;
    quote = 0;
    rawName = null;
    rawClosing = false;
  }

  /** Moves buffer indexes after {@code delta} chars were dropped from the buffer's front. */
  void shift(int delta) {
    tagStart -= delta;
  }

  /**
   * Scans one char.
   *
   * @param buf the buffered text
   * @param i the index of the char to scan; chars up to {@code i + 16} must be buffered unless
   *     the input ends before
   * @param eof whether the input ends at {@code buf.length()}
   * @return the index of the next char to scan (usually {@code i + 1}; further on after a
   *     construct's opener, back at {@code tagStart + 1} when a would-be tag turns out not to be
   *     one)
   */
  int scan(CharSequence buf, int i, boolean eof) {
    char c = buf.charAt(i);
    switch (state) {
      case NORMAL:
        if (c == '<') {
          return opener(buf, i);
        }
        return i + 1;
      case TAG:
        if (i - tagStart >= MAX_TAG) {
          // Not a tag for the normalizer: it goes on from the char after '<'.
          state = State.NORMAL;
          return tagStart + 1;
        }
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '<') {
          state = State.NORMAL; // the normalizer gives up at a new '<' and sees it afresh
          return tagStart + 1;
        } else if (c == '>') {
          if (rawName != null && buf.charAt(i - 1) != '/') {
            state = State.RAW;
            rawClosing = false;
          } else {
            state = State.NORMAL;
          }
        }
        return i + 1;
      case COMMENT:
        if (c == '>' && i - tagStart >= 6 && buf.charAt(i - 1) == '-' && buf.charAt(i - 2) == '-') {
          state = State.NORMAL;
        }
        return i + 1;
      case RAW:
        if (rawClosing) {
          if (c == '>') {
            state = State.NORMAL;
            rawName = null;
          }
        } else if (c == '<' && startsWithIgnoreCase(buf, i, "</" + rawName)) {
          rawClosing = true;
          return i + 2 + rawName.length();
        }
        return i + 1;
      default:
        throw new AssertionError(state);
    }
  }

  /** Whether no construct is open: a line break scanned now is a safe cut. */
  boolean isNormal() {
    return state == State.NORMAL;
  }

  private int opener(CharSequence buf, int at) {
    int n = buf.length();
    if (at + 1 >= n) {
      return at + 1;
    }
    char next = buf.charAt(at + 1);
    if (next == '!' && at + 4 <= n && buf.charAt(at + 2) == '-' && buf.charAt(at + 3) == '-') {
      state = State.COMMENT;
      tagStart = at;
      return at + 4;
    }
    boolean closing = next == '/';
    int nameStart = closing ? at + 2 : at + 1;
    if (nameStart >= n) {
      return at + 1;
    }
    char first = buf.charAt(nameStart);
    boolean declaration = !closing && (first == '!' || first == '?');
    if (!declaration && !isAsciiLetter(first)) {
      return at + 1;
    }
    int nameEnd = nameStart + 1;
    while (nameEnd < n && (isAsciiLetter(buf.charAt(nameEnd)) || isAsciiDigit(buf.charAt(nameEnd)))) {
      nameEnd++;
    }
    if (!declaration && nameEnd < n && !isTagNameEnd(buf.charAt(nameEnd))) {
      return at + 1;
    }
    String name = buf.subSequence(nameStart, nameEnd).toString().toLowerCase(java.util.Locale.ROOT);
    state = State.TAG;
    tagStart = at;
    quote = 0;
    rawName = !closing && (name.equals("script") || name.equals("style")) ? name : null;
    return nameEnd;
  }

  private static boolean startsWithIgnoreCase(CharSequence buf, int at, String marker) {
    if (at + marker.length() > buf.length()) {
      return false;
    }
    // The same comparison as String.regionMatches(true, ...), which the normalizer uses.
    for (int k = 0; k < marker.length(); k++) {
      char u1 = Character.toUpperCase(buf.charAt(at + k));
      char u2 = Character.toUpperCase(marker.charAt(k));
      if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
        return false;
      }
    }
    return true;
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
}

package io.github.vietcat.stream;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads a {@link Reader} into windows of text that can be analysed on their own: each window ends
 * at a safe cut ({@link SafeCuts}) and begins with some context already analysed (a few lines
 * before the new text), so that the tokenizer's look-behind sees what it would see in the whole
 * text. Only the new text's results are kept by the caller. Not thread-safe.
 */
final class Chunker {

  /** Chars the scanner may look ahead of the char it scans (tag names, "&lt;/script"). */
  private static final int LOOKAHEAD = 256;

  private final Reader in;
  private final int chunkChars;
  private final int maxChunkChars;
  private final StringBuilder buf = new StringBuilder();
  private final char[] block = new char[8192];
  private final SafeCuts cuts = new SafeCuts();
  private boolean eof;
  /** The offset of {@code buf[0]} in the whole input. */
  private long bufStart;
  /** Where the text not yet handed out starts, in {@code buf}. */
  private int emitFrom;
  /** The next char to scan, in {@code buf}. */
  private int scanAt;
  /** The end of the current window, in {@code buf}. */
  private int cut;
  /** Safe line starts in {@code buf}, ascending. */
  private int[] safe = new int[64];
  private int safeCount;
  private int forcedCuts;
  private int droppedContexts;

  Chunker(Reader in, int chunkChars, int maxChunkChars) {
    this.in = in;
    this.chunkChars = chunkChars;
    this.maxChunkChars = maxChunkChars;
    addSafe(0);
  }

  /**
   * Reads up to the next cut.
   *
   * @return false when the input is used up (no new text)
   * @throws IOException if reading fails
   */
  boolean next() throws IOException {
    while (true) {
      if (!eof && scanAt + LOOKAHEAD > buf.length()) {
        fill();
        continue;
      }
      if (scanAt >= buf.length()) {
        cut = buf.length();
        break;
      }
      char c = buf.charAt(scanAt);
      boolean normal = cuts.isNormal();
      int after = cuts.scan(buf, scanAt, eof);
      boolean lineEnd = c == '\n'
          || c == '\r' && scanAt + 1 < buf.length() && buf.charAt(scanAt + 1) != '\n';
      if (normal && lineEnd && after == scanAt + 1) {
        addSafe(after);
        if (after - emitFrom >= chunkChars) {
          scanAt = after;
          cut = after;
          break;
        }
      }
      scanAt = after;
      if (scanAt - emitFrom >= maxChunkChars) {
        cut = forcedCut();
        scanAt = cut;
        cuts.reset();
        addSafe(cut);
        forcedCuts++;
        break;
      }
    }
    if (bufStart + cut > Integer.MAX_VALUE) {
      throw new IllegalStateException("input longer than " + Integer.MAX_VALUE
          + " chars: its offsets do not fit in an int; split it into smaller inputs");
    }
    return cut > emitFrom;
  }

  /** The current window: context, then the new text, up to the cut. */
  String window() {
    return buf.substring(0, cut);
  }

  /** The offset of the window's first char in the whole input. */
  int offset() {
    return (int) bufStart;
  }

  /** Where the new text starts in the window. */
  int emitFrom() {
    return emitFrom;
  }

  /**
   * Moves on past the current window, keeping as context the lines from the one that holds
   * {@code keepFrom} (a window index; -1 to keep all the current context).
   *
   * @param keepFrom the earliest char the next window must see again
   */
  void advance(int keepFrom) {
    int keep;
    if (keepFrom < 0) {
      keep = 0;
    } else {
      int k = Arrays.binarySearch(safe, 0, safeCount, keepFrom);
      keep = k >= 0 ? safe[k] : safe[Math.max(0, -k - 2)];
    }
    if (cut - keep > maxChunkChars / 4) {
      keep = cut; // the context would be too large: drop it (counted, see droppedContexts())
      droppedContexts++;
    }
    buf.delete(0, keep);
    bufStart += keep;
    emitFrom = cut - keep;
    scanAt -= keep;
    cuts.shift(keep);
    int kept = 0;
    for (int i = 0; i < safeCount; i++) {
      if (safe[i] >= keep) {
        safe[kept++] = safe[i] - keep;
      }
    }
    safeCount = kept;
    if (safeCount == 0 || safe[0] != 0) {
      System.arraycopy(safe, 0, safe, 1, safeCount); // growth is handled by addSafe
      safe[0] = 0;
      safeCount++;
    }
    cut = emitFrom;
  }

  /** How many cuts had to be made where the analysis might differ from the whole text's. */
  int forcedCuts() {
    return forcedCuts;
  }

  /** How many times context was dropped because it exceeded a quarter of the cap. */
  int droppedContexts() {
    return droppedContexts;
  }

  private void fill() throws IOException {
    int read = in.read(block);
    if (read < 0) {
      eof = true;
    } else {
      buf.append(block, 0, read);
    }
  }

  private void addSafe(int at) {
    if (safeCount > 0 && safe[safeCount - 1] >= at) {
      return;
    }
    if (safeCount + 1 >= safe.length) {
      safe = Arrays.copyOf(safe, safe.length * 2);
    }
    safe[safeCount++] = at;
  }

  /**
   * Where to cut when no safe cut came within the cap: after the last white space of the second
   * half of the new text, else at the cap, never inside a surrogate pair or before a combining
   * mark.
   */
  private int forcedCut() {
    int end = emitFrom + maxChunkChars;
    for (int i = end - 1; i > emitFrom + maxChunkChars / 2; i--) {
      char c = buf.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return i + 1;
      }
    }
    int at = Math.min(end, buf.length() - 1);
    while (at > emitFrom + 1 && (Character.isLowSurrogate(buf.charAt(at))
        || isMark(buf.charAt(at)))) {
      at--;
    }
    return at;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}

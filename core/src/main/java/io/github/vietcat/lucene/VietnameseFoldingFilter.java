package io.github.vietcat.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Removes diacritics for search without them ("không dấu"): tone marks and vowel marks go ("hoà",
 * "hòa", "Hoà" become "hoa", "Hoa"; "người" becomes "nguoi"), đ/Đ become d/D (and the look-alike
 * ð/Ð too). Works on precomposed (NFC) and decomposed (NFD) terms alike, whatever the order of the
 * marks (in NFD the nặng dot below sorts before a breve or circumflex) and wherever the tone mark
 * sits ("hoà" and "hòa"): every combining mark of the block U+0300..U+036F is dropped, and every
 * precomposed Latin letter whose decomposition is a base letter plus such marks becomes the base
 * letter. Other characters are kept. Case is kept: put it after a lower-case filter.
 *
 * <p>With {@code preserveOriginal}, a term that changes is emitted twice: first as it was, then
 * folded at the same position (increment 0) and with the same offsets, as Lucene's {@code
 * ASCIIFoldingFilter} does; an index then serves queries typed with and without diacritics, and
 * exact spellings score higher.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

  /** Folding of the chars below this bound is tabled; all Vietnamese letters are below it. */
  private static final int TABLE_SIZE = 0x1F00;

  /** Replacement per char: the char itself, another char, or {@code 0} to drop it. */
  private static final char[] FOLD = buildTable();

  private final boolean preserveOriginal;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private AttributeSource.State pendingOriginal;
  private char[] folded = new char[32];
  private int foldedLength = -1; // >= 0: a folded term waits to be emitted

  /**
   * Wraps a token stream, replacing each term by its folded form.
   *
   * @param input the stream to fold
   */
  public VietnameseFoldingFilter(TokenStream input) {
    this(input, false);
  }

  /**
   * Wraps a token stream.
   *
   * @param input the stream to fold
   * @param preserveOriginal whether to keep the original term before its folded form
   */
  public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
    super(input);
    this.preserveOriginal = preserveOriginal;
  }

  /** Whether the original term is kept. */
  public boolean isPreserveOriginal() {
    return preserveOriginal;
  }

  private static char[] buildTable() {
    char[] table = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      table[c] = (char) c;
      if (c < 0x80) {
        continue;
      }
      if (c >= 0x0300 && c <= 0x036F) {
        table[c] = 0;
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      char base = nfd.charAt(0);
      boolean marksOnly = nfd.length() > 1 && base < 0x80 && Character.isLetter(base);
      for (int k = 1; marksOnly && k < nfd.length(); k++) {
        marksOnly = nfd.charAt(k) >= 0x0300 && nfd.charAt(k) <= 0x036F;
      }
      if (marksOnly) {
        table[c] = base;
      }
    }
    table['\u0111'] = 'd'; // đ
    table['\u0110'] = 'D'; // Đ
    table['\u00F0'] = 'd'; // ð, the look-alike of đ
    table['\u00D0'] = 'D'; // Ð
    return table;
  }

  /**
   * Folds a string ({@link VietnameseFoldingFilter} for one term).
   *
   * @param text any text
   * @return the text without diacritics; the same instance when nothing changes
   */
  public static String fold(String text) {
    char[] out = new char[text.length()];
    int length = fold(text.toCharArray(), text.length(), out);
    return length < 0 ? text : new String(out, 0, length);
  }

  /** Folds {@code in[0, length)} into {@code out}; returns the new length, or -1 if unchanged. */
  private static int fold(char[] in, int length, char[] out) {
    int k = 0;
    while (k < length && (in[k] < 0x80 || (in[k] < TABLE_SIZE && FOLD[in[k]] == in[k])
        || in[k] >= TABLE_SIZE)) {
      k++;
    }
    if (k == length) {
      return -1;
    }
    System.arraycopy(in, 0, out, 0, k);
    int o = k;
    for (; k < length; k++) {
      char c = in[k];
      char f = c < TABLE_SIZE ? FOLD[c] : c;
      if (f != 0) {
        out[o++] = f;
      }
    }
    return o;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (foldedLength >= 0) {
      restoreState(pendingOriginal);
      termAtt.copyBuffer(folded, 0, foldedLength);
      posIncAtt.setPositionIncrement(0);
      foldedLength = -1;
      pendingOriginal = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int length = termAtt.length();
    if (folded.length < length) {
      folded = new char[length];
    }
    int newLength = fold(termAtt.buffer(), length, folded);
    if (newLength < 0) {
      return true;
    }
    if (preserveOriginal) {
      if (newLength == 0) {
        return true; // only marks: nothing to add
      }
      pendingOriginal = captureState();
      foldedLength = newLength;
    } else {
      termAtt.copyBuffer(folded, 0, newLength);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingOriginal = null;
    foldedLength = -1;
  }
}

package io.github.vietcat.lucene;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.normalize.ToneMarks;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalizes each term the way {@link VietnameseTokenizer} normalizes its tokens: Unicode NFC, the
 * look-alike Ð/ð to Đ/đ, invisible characters removed, tone marks in their canonical place ({@link
 * ToneMarks}). Terms already normalized pass through without copying. Used by {@link
 * VietnameseAnalyzer} both after the tokenizer and in {@code normalize()}, so that query terms
 * (wildcards, fuzzy terms) typed in either spelling ("hòa", "hoà", decomposed) meet the indexed
 * terms.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(false, true);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /**
   * Wraps a token stream.
   *
   * @param input the stream to normalize
   */
  public VietnameseNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (needsWork(termAtt.buffer(), termAtt.length())) {
      String term = termAtt.toString();
      String normalized = NORMALIZER.normalize(term).text();
      if (!normalized.equals(term)) {
        termAtt.setEmpty().append(normalized);
      }
    }
    return true;
  }

  /** Cheap pre-check: only non-ASCII terms can change. */
  private static boolean needsWork(char[] buffer, int length) {
    for (int k = 0; k < length; k++) {
      if (buffer[k] >= 0x80) {
        return true;
      }
    }
    return false;
  }
}

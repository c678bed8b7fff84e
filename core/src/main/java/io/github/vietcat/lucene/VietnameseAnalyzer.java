package io.github.vietcat.lucene;

import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.util.IOUtils;

/**
 * A Lucene {@link org.apache.lucene.analysis.Analyzer} for Vietnamese: optionally Lucene's {@link
 * HTMLStripCharFilter}, then {@link VietnameseTokenizer} followed by {@link
 * VietnameseNormalizationFilter} (NFC, Đ, canonical tone marks), {@link LowerCaseFilter}, a {@link
 * StopFilter} when there are stop words and, optionally, {@link VietnameseFoldingFilter} keeping
 * the original term (so queries typed without diacritics find the text, and queries with them
 * still rank exact spellings first).
 *
 * <p>The default stop words ({@link #getDefaultStopSet()}) are frequent Vietnamese function words
 * chosen from corpus statistics, read from {@code stopwords.txt} next to this class (one per line,
 * {@code #} comments; the file says how it was made), in lower case and canonical tone placement.
 *
 * <p>{@link #normalize(String, TokenStream)} applies the same normalization and lower-casing as the
 * analysis chain, so wildcard, prefix and fuzzy query terms match indexed terms whatever their
 * spelling. HTML stripping is on by default ({@link #DEFAULT_HTML}), as news archives are often
 * stored as HTML; turn it off for plain text in which a {@code <} is just a character.
 */
public final class VietnameseAnalyzer extends StopwordAnalyzerBase {

  /** Whether the analyzer strips HTML when not told otherwise. */
  public static final boolean DEFAULT_HTML = true;

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;
  private final WordSegmenter segmenter;
  private final boolean html;
  private final boolean folding;

  /** Lazily loaded default stop words. */
  private static final class DefaultStopWords {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      try (InputStream in = IOUtils.requireResourceNonNull(
          VietnameseAnalyzer.class.getResourceAsStream("stopwords.txt"), "stopwords.txt")) {
        return CharArraySet.unmodifiableSet(
            WordlistLoader.getWordSet(in, StandardCharsets.UTF_8, "#"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read stopwords.txt next to VietnameseAnalyzer", e);
      }
    }
  }

  /**
   * The default stop words, unmodifiable.
   *
   * @return the set
   */
  public static CharArraySet getDefaultStopSet() {
    return DefaultStopWords.SET;
  }

  /**
   * An analyzer in the default mode (words, with the shipped segmenter) with the default stop
   * words, HTML stripping and no folding.
   *
   * @throws IllegalStateException if the shipped segmenter model (artifact vietcat-models) is not
   *     on the classpath
   */
  public VietnameseAnalyzer() {
    this(getDefaultStopSet());
  }

  /**
   * An analyzer in the default mode with given stop words.
   *
   * @param stopWords the stop words, lower case, canonical tone placement; {@link
   *     CharArraySet#EMPTY_SET} for none
   */
  public VietnameseAnalyzer(CharArraySet stopWords) {
    this(VietnameseTokenizer.DEFAULT_MODE, VietnameseTokenizer.DEFAULT_DISCARD_PUNCTUATION,
        stopWords);
  }

  /**
   * An analyzer with explicit options; word and mixed mode use the shipped segmenter.
   *
   * @param mode the tokenizer mode
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param stopWords the stop words; {@link CharArraySet#EMPTY_SET} for none
   * @throws IllegalStateException in word or mixed mode, if the shipped segmenter model
   *     (artifact vietcat-models) is not on the classpath
   */
  public VietnameseAnalyzer(VietnameseTokenizer.Mode mode, boolean discardPunctuation,
      CharArraySet stopWords) {
    this(mode, discardPunctuation, stopWords, null);
  }

  /**
   * An analyzer with explicit options and segmenter, HTML stripping and no folding.
   *
   * @param mode the tokenizer mode
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param stopWords the stop words; {@link CharArraySet#EMPTY_SET} for none
   * @param segmenter the word segmenter for word and mixed mode; null for the shipped one
   *     (ignored in syllable mode)
   * @throws IllegalStateException in word or mixed mode without a segmenter, if the shipped
   *     segmenter model (artifact vietcat-models) is not on the classpath
   */
  public VietnameseAnalyzer(VietnameseTokenizer.Mode mode, boolean discardPunctuation,
      CharArraySet stopWords, WordSegmenter segmenter) {
    this(mode, discardPunctuation, stopWords, segmenter, DEFAULT_HTML, false);
  }

  /**
   * The expert constructor.
   *
   * @param mode the tokenizer mode
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param stopWords the stop words; {@link CharArraySet#EMPTY_SET} for none
   * @param segmenter the word segmenter for word and mixed mode; null for the shipped one
   *     (ignored in syllable mode)
   * @param html whether to strip HTML with Lucene's {@link HTMLStripCharFilter} before
   *     tokenizing
   * @param folding whether to add each term's form without diacritics ({@link
   *     VietnameseFoldingFilter}, original kept at the same position)
   * @throws IllegalStateException in word or mixed mode without a segmenter, if the shipped
   *     segmenter model (artifact vietcat-models) is not on the classpath
   */
  public VietnameseAnalyzer(VietnameseTokenizer.Mode mode, boolean discardPunctuation,
      CharArraySet stopWords, WordSegmenter segmenter, boolean html, boolean folding) {
    super(stopWords);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.discardPunctuation = discardPunctuation;
    this.segmenter = mode == VietnameseTokenizer.Mode.SYLLABLE ? null
        : (segmenter != null ? segmenter : DefaultWordSegmenter.get());
    this.html = html;
    this.folding = folding;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return html ? new HTMLStripCharFilter(reader) : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
        mode, discardPunctuation, segmenter);
    TokenStream stream = new VietnameseNormalizationFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    if (!stopwords.isEmpty()) {
      stream = new StopFilter(stream, stopwords);
    }
    if (folding) {
      stream = new VietnameseFoldingFilter(stream, true);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new VietnameseNormalizationFilter(in));
  }
}

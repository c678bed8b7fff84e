package io.github.vietcat.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

/**
 * A Lucene {@link org.apache.lucene.analysis.Analyzer} for Vietnamese: {@link VietnameseTokenizer}
 * followed by {@link VietnameseNormalizationFilter} (NFC, Đ, canonical tone marks), {@link
 * LowerCaseFilter} and, optionally, a {@link StopFilter}.
 *
 * <p>The default stop words ({@link #getDefaultStopSet()}) are common Vietnamese function
 * syllables, read from {@code stopwords.txt} next to this class (one per line, {@code #}
 * comments), in lower case and canonical tone placement.
 *
 * <p>{@link #normalize(String, TokenStream)} applies the same normalization and lower-casing as the
 * analysis chain, so wildcard, prefix and fuzzy query terms match indexed terms whatever their
 * spelling. {@link #initReader(String, java.io.Reader)} adds no char filter: the tokenizer handles
 * HTML markup and entities itself, with exact offsets, so the two stay consistent.
 */
public final class VietnameseAnalyzer extends StopwordAnalyzerBase {

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;
  private final io.github.vietcat.word.WordSegmenter segmenter;

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
   * words.
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
   * An analyzer with explicit options; word mode uses the shipped segmenter.
   *
   * @param mode the tokenizer mode
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param stopWords the stop words; {@link CharArraySet#EMPTY_SET} for none
   * @throws IllegalStateException in word mode, if the shipped segmenter model (artifact
   *     vietcat-models) is not on the classpath
   */
  public VietnameseAnalyzer(VietnameseTokenizer.Mode mode, boolean discardPunctuation,
      CharArraySet stopWords) {
    this(mode, discardPunctuation, stopWords, null);
  }

  /**
   * The expert constructor.
   *
   * @param mode the tokenizer mode
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param stopWords the stop words; {@link CharArraySet#EMPTY_SET} for none
   * @param segmenter the word segmenter for word mode; null for the shipped one (ignored in
   *     syllable mode)
   * @throws IllegalStateException in word mode without a segmenter, if the shipped segmenter
   *     model (artifact vietcat-models) is not on the classpath
   */
  public VietnameseAnalyzer(VietnameseTokenizer.Mode mode, boolean discardPunctuation,
      CharArraySet stopWords, io.github.vietcat.word.WordSegmenter segmenter) {
    super(stopWords);
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
    this.discardPunctuation = discardPunctuation;
    this.segmenter = mode == VietnameseTokenizer.Mode.WORD
        ? (segmenter != null ? segmenter : DefaultWordSegmenter.get())
        : null;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new VietnameseTokenizer(
        org.apache.lucene.analysis.TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, mode,
        discardPunctuation, segmenter);
    TokenStream stream = new VietnameseNormalizationFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    if (!stopwords.isEmpty()) {
      stream = new StopFilter(stream, stopwords);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new VietnameseNormalizationFilter(in));
  }
}

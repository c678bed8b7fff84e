package io.github.vietcat.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link VietnameseTokenizer}, registered under the SPI name {@value #NAME} so that
 * {@code CustomAnalyzer}, Solr and similar hosts can use it by name.
 *
 * <pre>
 * &lt;tokenizer name="vietnamese" mode="word" discardPunctuation="true"/&gt;
 * </pre>
 *
 * <p>Parameters: {@code mode} ({@code word} or {@code syllable}, the name of a {@link
 * VietnameseTokenizer.Mode}, case-insensitive; default {@link VietnameseTokenizer#DEFAULT_MODE},
 * words) and {@code discardPunctuation} (default true). Unknown parameters are rejected. Word mode
 * loads the shipped segmenter model ({@link io.github.vietcat.word.WordSegmenter#loadDefault()},
 * artifact vietcat-models) once, when the first tokenizer is created, and fails then with a clear
 * message if it is missing.
 */
public class VietnameseTokenizerFactory extends TokenizerFactory {

  /** The SPI name. */
  public static final String NAME = "vietnamese";

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;

  /**
   * Creates the factory.
   *
   * @param args the parameters; consumed entries are removed
   * @throws IllegalArgumentException for an unknown mode or unknown parameters
   */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    String modeName = get(args, "mode");
    mode = modeName == null ? VietnameseTokenizer.DEFAULT_MODE
        : VietnameseTokenizer.Mode.parse(modeName);
    discardPunctuation = getBoolean(args, "discardPunctuation",
        VietnameseTokenizer.DEFAULT_DISCARD_PUNCTUATION);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader; not for use. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  /**
   * Creates a tokenizer.
   *
   * @throws IllegalStateException in word mode, if the shipped segmenter model is not on the
   *     classpath
   */
  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, mode, discardPunctuation);
  }
}

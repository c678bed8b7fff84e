package io.github.vietcat.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for a {@link StopFilter} with Vietnamese stop words, registered under the SPI name
 * {@value #NAME}: by default {@link VietnameseAnalyzer#getDefaultStopSet()}, or the words of
 * {@code words} (comma-separated resource paths opened through the host's {@link ResourceLoader},
 * one word per line, {@code #} comments).
 *
 * <pre>
 * &lt;filter name="vietnameseStop"/&gt;
 * &lt;filter name="vietnameseStop" words="my-stopwords.txt"/&gt;
 * </pre>
 *
 * <p>Put it after lower-casing and {@code vietnameseNormalization} (the words are lower case with
 * canonical tone placement) and before {@code vietnameseFolding}.
 */
public class VietnameseStopFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** The SPI name. */
  public static final String NAME = "vietnameseStop";

  private final String words; // resource paths or null
  private volatile CharArraySet stopWords;

  /**
   * Creates the factory.
   *
   * @param args the parameters; consumed entries are removed
   * @throws IllegalArgumentException for unknown parameters
   */
  public VietnameseStopFilterFactory(Map<String, String> args) {
    super(args);
    words = get(args, "words");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (words == null) {
      stopWords = VietnameseAnalyzer.getDefaultStopSet();
    }
  }

  /** Default constructor for the service loader; not for use. */
  public VietnameseStopFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Reads the stop word files named by {@code words}, if any.
   *
   * @param loader the host's resource loader
   * @throws IOException if a file cannot be read
   */
  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (words != null) {
      stopWords = CharArraySet.unmodifiableSet(getWordSet(loader, words, false));
    }
  }

  /**
   * The stop words in use.
   *
   * @return the set
   * @throws IllegalStateException if a {@code words} file is configured and {@link
   *     #inform(ResourceLoader)} has not been called
   */
  public CharArraySet getStopWords() {
    CharArraySet set = stopWords;
    if (set == null) {
      throw new IllegalStateException("stop words " + words
          + " are not loaded: the host must call inform(ResourceLoader) before create()");
    }
    return set;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, getStopWords());
  }
}

package io.github.vietcat.lucene;

import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link VietnameseTokenizer}, registered under the SPI name {@value #NAME} so that
 * {@code CustomAnalyzer}, Solr and similar hosts can use it by name.
 *
 * <pre>
 * &lt;tokenizer name="vietnamese" mode="word" discardPunctuation="true"
 *     userDictionary="vietnamese-user-words.txt"/&gt;
 * </pre>
 *
 * <p>Parameters: {@code mode} ({@code word} or {@code syllable}, the name of a {@link
 * VietnameseTokenizer.Mode}, case-insensitive; default {@link VietnameseTokenizer#DEFAULT_MODE},
 * words), {@code discardPunctuation} (default true) and {@code userDictionary} (word mode only: a
 * resource path, opened through the host's {@link ResourceLoader}, of a UTF-8 user dictionary in
 * the format of {@link WordSegmenter#withUserDictionary(Reader)}). Unknown parameters are
 * rejected. Word mode loads the shipped segmenter model ({@link WordSegmenter#loadDefault()},
 * artifact vietcat-models) once, when the first tokenizer is created (or, with a user dictionary,
 * when the host calls {@link #inform(ResourceLoader)}), and fails then with a clear message if it
 * is missing.
 */
public class VietnameseTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {

  /** The SPI name. */
  public static final String NAME = "vietnamese";

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;
  private final String userDictionary; // resource path or null
  private final Supplier<WordSegmenter> baseSegmenter;
  private volatile WordSegmenter segmenter; // with the user dictionary, set by inform()

  /**
   * Creates the factory.
   *
   * @param args the parameters; consumed entries are removed
   * @throws IllegalArgumentException for an unknown mode, unknown parameters, or a user
   *     dictionary in syllable mode
   */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    this(args, DefaultWordSegmenter::get);
  }

  /** The factory with another base segmenter than the shipped one (tests). */
  VietnameseTokenizerFactory(Map<String, String> args, Supplier<WordSegmenter> baseSegmenter) {
    super(args);
    this.baseSegmenter = baseSegmenter;
    String modeName = get(args, "mode");
    mode = modeName == null ? VietnameseTokenizer.DEFAULT_MODE
        : VietnameseTokenizer.Mode.parse(modeName);
    discardPunctuation = getBoolean(args, "discardPunctuation",
        VietnameseTokenizer.DEFAULT_DISCARD_PUNCTUATION);
    userDictionary = get(args, "userDictionary");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (userDictionary != null && mode != VietnameseTokenizer.Mode.WORD) {
      throw new IllegalArgumentException(
          "userDictionary needs mode=word (syllable mode does not group syllables)");
    }
  }

  /**
   * Reads the user dictionary, if the parameter {@code userDictionary} names one, and loads the
   * shipped model to go with it.
   *
   * @param loader the host's resource loader
   * @throws IOException if the dictionary cannot be opened or read, or is not UTF-8
   * @throws IllegalArgumentException for a bad dictionary line, with the resource and the line
   * @throws IllegalStateException if the shipped segmenter model is missing
   */
  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (userDictionary == null) {
      return;
    }
    try (InputStream in = loader.openResource(userDictionary);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      try {
        segmenter = baseSegmenter.get().withUserDictionary(reader);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "userDictionary " + userDictionary + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new IOException(
            "cannot read user dictionary " + userDictionary + ": " + e.getMessage(), e);
      }
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
   *     classpath, or if a user dictionary is configured and {@link #inform(ResourceLoader)} has
   *     not been called
   */
  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    if (mode == VietnameseTokenizer.Mode.SYLLABLE) {
      return new VietnameseTokenizer(factory, mode, discardPunctuation);
    }
    WordSegmenter withDictionary = segmenter;
    if (userDictionary != null && withDictionary == null) {
      throw new IllegalStateException("userDictionary " + userDictionary
          + " is not loaded: the host must call inform(ResourceLoader) before create()");
    }
    return new VietnameseTokenizer(factory, mode, discardPunctuation,
        withDictionary != null ? withDictionary : baseSegmenter.get());
  }
}

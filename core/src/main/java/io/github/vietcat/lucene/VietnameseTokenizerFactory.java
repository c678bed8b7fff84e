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
 * &lt;charFilter name="htmlStrip"/&gt;
 * &lt;tokenizer name="vietnamese" mode="mixed" discardPunctuation="true" maxTokenLength="255"
 *     userDictionary="vietnamese-user-words.txt"/&gt;
 * </pre>
 *
 * <p>Parameters: {@code mode} ({@code word}, {@code mixed} or {@code syllable}, the name of a
 * {@link VietnameseTokenizer.Mode}, case-insensitive; default {@link
 * VietnameseTokenizer#DEFAULT_MODE}, words), {@code discardPunctuation} (default true), {@code
 * maxTokenLength} (default {@value VietnameseTokenizer#DEFAULT_MAX_TOKEN_LENGTH}) and {@code
 * userDictionary} (word and mixed mode only: a resource path, opened through the host's {@link
 * ResourceLoader}, of a UTF-8 user dictionary in the format of {@link
 * WordSegmenter#withUserDictionary(Reader)}). Unknown parameters are rejected. The tokenizer reads
 * plain text: for HTML, put the {@code htmlStrip} char filter before it. Word and mixed mode load
 * the shipped segmenter model ({@link WordSegmenter#loadDefault()}, artifact vietcat-models, with
 * compound splitting on) once, when the first tokenizer is created (or, with a user dictionary,
 * when the host calls {@link #inform(ResourceLoader)}), and fail then with a clear message if it
 * is missing.
 */
public class VietnameseTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {

  /** The SPI name. */
  public static final String NAME = "vietnamese";

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;
  private final int maxTokenLength;
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
    maxTokenLength = getInt(args, "maxTokenLength", VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
    if (maxTokenLength < 1 || maxTokenLength > VietnameseTokenizer.MAX_TOKEN_LENGTH_LIMIT) {
      throw new IllegalArgumentException("maxTokenLength must be 1.."
          + VietnameseTokenizer.MAX_TOKEN_LENGTH_LIMIT + ", not " + maxTokenLength);
    }
    userDictionary = get(args, "userDictionary");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (userDictionary != null && mode == VietnameseTokenizer.Mode.SYLLABLE) {
      throw new IllegalArgumentException(
          "userDictionary needs mode=word or mode=mixed (syllable mode does not group syllables)");
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
   * @throws IllegalStateException in word or mixed mode, if the shipped segmenter model is not on the
   *     classpath, or if a user dictionary is configured and {@link #inform(ResourceLoader)} has
   *     not been called
   */
  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    VietnameseTokenizer tokenizer;
    if (mode == VietnameseTokenizer.Mode.SYLLABLE) {
      tokenizer = new VietnameseTokenizer(factory, mode, discardPunctuation);
    } else {
      WordSegmenter withDictionary = segmenter;
      if (userDictionary != null && withDictionary == null) {
        throw new IllegalStateException("userDictionary " + userDictionary
            + " is not loaded: the host must call inform(ResourceLoader) before create()");
      }
      tokenizer = new VietnameseTokenizer(factory, mode, discardPunctuation,
          withDictionary != null ? withDictionary : baseSegmenter.get());
    }
    tokenizer.setMaxTokenLength(maxTokenLength);
    return tokenizer;
  }
}

package io.github.vietcat.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}, registered under the SPI name {@value #NAME}.
 *
 * <pre>
 * &lt;filter name="vietnameseFolding" preserveOriginal="true"/&gt;
 * </pre>
 *
 * <p>Parameter: {@code preserveOriginal} (default false). At query-normalization time ({@link
 * #normalize(TokenStream)}) the filter folds without keeping the original, as Lucene's ASCII
 * folding factory does.
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseFolding";

  private final boolean preserveOriginal;

  /**
   * Creates the factory.
   *
   * @param args the parameters; consumed entries are removed
   * @throws IllegalArgumentException for unknown parameters
   */
  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    preserveOriginal = getBoolean(args, "preserveOriginal", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader; not for use. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new VietnameseFoldingFilter(input, false);
  }
}

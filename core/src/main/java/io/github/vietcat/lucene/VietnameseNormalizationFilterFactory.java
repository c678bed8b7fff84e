package io.github.vietcat.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseNormalizationFilter}, registered under the SPI name {@value #NAME}.
 * It takes no parameters. The filter is also applied at query-normalization time ({@link
 * #normalize(TokenStream)}).
 */
public class VietnameseNormalizationFilterFactory extends TokenFilterFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseNormalization";

  /**
   * Creates the factory.
   *
   * @param args the parameters, which must be empty
   * @throws IllegalArgumentException for any parameter
   */
  public VietnameseNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader; not for use. */
  public VietnameseNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}

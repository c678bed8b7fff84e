package io.github.vietcat.opensearch;

import io.github.vietcat.lucene.VietnameseNormalizationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/** The {@code vietnamese_normalization} filter; also applied to normalized query terms. */
final class VietcatNormalizationFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {

  VietcatNormalizationFilterFactory(IndexSettings indexSettings, Environment environment,
      String name, Settings settings) {
    super(indexSettings, name, settings);
  }

  @Override
  public TokenStream create(TokenStream stream) {
    return new VietnameseNormalizationFilter(stream);
  }
}

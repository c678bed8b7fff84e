package io.github.vietcat.opensearch;

import io.github.vietcat.lucene.VietnameseFoldingFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/** The {@code vietnamese_folding} filter: setting preserve_original (false). */
final class VietcatFoldingFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {

  private final boolean preserveOriginal;

  VietcatFoldingFilterFactory(IndexSettings indexSettings, Environment environment, String name,
      Settings settings) {
    super(indexSettings, name, settings);
    preserveOriginal = settings.getAsBoolean("preserve_original", false);
  }

  @Override
  public TokenStream create(TokenStream stream) {
    return new VietnameseFoldingFilter(stream, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream stream) {
    return new VietnameseFoldingFilter(stream, false);
  }
}

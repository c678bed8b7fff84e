package io.github.vietcat.opensearch;

import io.github.vietcat.lucene.VietnameseAnalyzer;
import io.github.vietcat.lucene.VietnameseTokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** The {@code vietnamese} analyzer: settings mode (word) and folding (false). */
final class VietcatAnalyzerProvider extends AbstractIndexAnalyzerProvider<VietnameseAnalyzer> {

  private final VietnameseAnalyzer analyzer;

  VietcatAnalyzerProvider(IndexSettings indexSettings, Environment environment, String name,
      Settings settings) {
    super(indexSettings, name, settings);
    VietnameseTokenizer.Mode mode = VietnameseTokenizer.Mode.parse(
        settings.get("mode", VietnameseTokenizer.DEFAULT_MODE.name()));
    analyzer = new VietnameseAnalyzer(mode, VietnameseTokenizer.DEFAULT_DISCARD_PUNCTUATION,
        VietnameseAnalyzer.getDefaultStopSet(), null, VietnameseAnalyzer.DEFAULT_HTML,
        settings.getAsBoolean("folding", false));
  }

  @Override
  public VietnameseAnalyzer get() {
    return analyzer;
  }
}

package io.github.vietcat.opensearch;

import io.github.vietcat.lucene.VietnameseAnalyzer;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** The {@code vietnamese_stop} filter: the default stop words, or setting stopwords (a list). */
final class VietcatStopFilterFactory extends AbstractTokenFilterFactory {

  private final CharArraySet stopWords;

  VietcatStopFilterFactory(IndexSettings indexSettings, Environment environment, String name,
      Settings settings) {
    super(indexSettings, name, settings);
    List<String> words = settings.getAsList("stopwords", null);
    stopWords = words == null ? VietnameseAnalyzer.getDefaultStopSet()
        : CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  @Override
  public TokenStream create(TokenStream stream) {
    return new StopFilter(stream, stopWords);
  }
}

package io.github.vietcat.opensearch;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Vietnamese analysis for OpenSearch, backed by vietcat. Registers:
 *
 * <ul>
 *   <li>tokenizer {@code vietnamese}: settings {@code mode} ({@code word} default, {@code mixed},
 *       {@code syllable}), {@code discard_punctuation} (true), {@code max_token_length} (255);
 *   <li>token filters {@code vietnamese_normalization} (NFC, Đ, canonical tone marks), {@code
 *       vietnamese_folding} (setting {@code preserve_original}, false) and {@code vietnamese_stop}
 *       (the default Vietnamese stop words, or {@code stopwords} as a list);
 *   <li>analyzer {@code vietnamese}: HTML stripped, the tokenizer in {@code mode} (default
 *       {@code word}), normalization, lower case, default stop words, and, with {@code folding:
 *       true}, folding that keeps the original.
 * </ul>
 *
 * <p>Word and mixed mode use the segmenter model shipped in the plugin (vietcat-models).
 */
public class VietnameseAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** Creates the plugin (OpenSearch calls this). */
  public VietnameseAnalysisPlugin() {}

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of("vietnamese", VietcatTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "vietnamese_normalization", VietcatNormalizationFilterFactory::new,
        "vietnamese_folding", VietcatFoldingFilterFactory::new,
        "vietnamese_stop", VietcatStopFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of("vietnamese", VietcatAnalyzerProvider::new);
  }
}

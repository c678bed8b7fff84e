package io.github.vietcat.opensearch;

import io.github.vietcat.lucene.VietnameseTokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** The {@code vietnamese} tokenizer: settings mode, discard_punctuation, max_token_length. */
final class VietcatTokenizerFactory extends AbstractTokenizerFactory {

  private final VietnameseTokenizer.Mode mode;
  private final boolean discardPunctuation;
  private final int maxTokenLength;

  VietcatTokenizerFactory(IndexSettings indexSettings, Environment environment, String name,
      Settings settings) {
    super(indexSettings, settings, name);
    mode = VietnameseTokenizer.Mode.parse(
        settings.get("mode", VietnameseTokenizer.DEFAULT_MODE.name()));
    discardPunctuation = settings.getAsBoolean("discard_punctuation",
        VietnameseTokenizer.DEFAULT_DISCARD_PUNCTUATION);
    maxTokenLength = settings.getAsInt("max_token_length",
        VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
    if (maxTokenLength < 1 || maxTokenLength > VietnameseTokenizer.MAX_TOKEN_LENGTH_LIMIT) {
      throw new IllegalArgumentException("[max_token_length] must be 1.."
          + VietnameseTokenizer.MAX_TOKEN_LENGTH_LIMIT + ", not " + maxTokenLength);
    }
  }

  @Override
  public Tokenizer create() {
    VietnameseTokenizer tokenizer = new VietnameseTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, mode, discardPunctuation, null);
    tokenizer.setMaxTokenLength(maxTokenLength);
    return tokenizer;
  }
}

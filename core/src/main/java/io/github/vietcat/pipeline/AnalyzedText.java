package io.github.vietcat.pipeline;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.token.Token;
import java.util.List;
import java.util.Objects;

/**
 * A text run through the pipeline: its tokens and its sentences, with offsets into {@link #text()}.
 *
 * @param text the input text, as given
 * @param tokens all tokens in order
 * @param sentences the same tokens grouped into sentences
 */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {
  /**
   * Validates the components and copies the lists.
   *
   * @param text the input text, as given
   * @param tokens all tokens in order
   * @param sentences the same tokens grouped into sentences
   */
  public AnalyzedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }
}

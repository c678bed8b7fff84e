package io.github.vietcat.opennlp;

import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * An OpenNLP {@link Tokenizer} backed by vietcat: syllables and other typed tokens from {@link
 * SyllableTokenizer}, or, given a {@link WordSegmenter}, words ("cán bộ" is one token). Every
 * token, punctuation included, is a span of the input; {@link #tokenize(String)} returns the
 * spans' text as it stands in the input (OpenNLP's convention), so tokens of a word keep their
 * single space inside. HTML markup and entities are dropped by the tokenizer's normalization and
 * belong to no span.
 *
 * <p>Immutable and thread-safe.
 */
public final class VietnameseOpenNlpTokenizer implements Tokenizer {

  private final SyllableTokenizer syllables = new SyllableTokenizer();
  private final WordSegmenter segmenter; // null: syllables

  /** A tokenizer of syllables (and numbers, dates, codes, punctuation...). */
  public VietnameseOpenNlpTokenizer() {
    this.segmenter = null;
  }

  /**
   * A tokenizer of words.
   *
   * @param segmenter the word segmenter, such as {@link WordSegmenter#loadDefault()}
   */
  public VietnameseOpenNlpTokenizer(WordSegmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  public Span[] tokenizePos(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = syllables.tokenize(text);
    if (segmenter == null) {
      Span[] spans = new Span[tokens.size()];
      for (int i = 0; i < spans.length; i++) {
        Token t = tokens.get(i);
        spans[i] = new Span(t.start(), t.end(), t.type().name());
      }
      return spans;
    }
    List<Word> words = segmenter.segment(text, tokens);
    Span[] spans = new Span[words.size()];
    for (int i = 0; i < spans.length; i++) {
      Word w = words.get(i);
      spans[i] = new Span(w.start(), w.end(), w.type().name());
    }
    return spans;
  }

  @Override
  public String[] tokenize(String text) {
    return Span.spansToStrings(tokenizePos(text), text);
  }
}

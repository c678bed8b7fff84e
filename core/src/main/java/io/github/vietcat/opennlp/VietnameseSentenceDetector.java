package io.github.vietcat.opennlp;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * An OpenNLP {@link SentenceDetector} backed by vietcat's rule-based {@link SentenceSplitter}
 * (abbreviations such as "TP.", "PGS.TS.", document codes and dates do not end a sentence; a line
 * break does). Each span runs from the sentence's first token to its last, in the input's offsets.
 *
 * <p>Immutable and thread-safe.
 */
public final class VietnameseSentenceDetector implements SentenceDetector {

  private final SentenceSplitter splitter;

  /** A detector with the default splitter. */
  public VietnameseSentenceDetector() {
    this(new SentenceSplitter());
  }

  /**
   * A detector with a given splitter.
   *
   * @param splitter the splitter
   */
  public VietnameseSentenceDetector(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public Span[] sentPosDetect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = splitter.split(text.toString());
    Span[] spans = new Span[sentences.size()];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(sentences.get(i).start(), sentences.get(i).end());
    }
    return spans;
  }

  @Override
  public String[] sentDetect(CharSequence text) {
    return Span.spansToStrings(sentPosDetect(text), text);
  }
}

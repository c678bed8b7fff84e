package io.github.vietcat.models.word;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word segmentation from raw text, scored as the CoNLL 2018 shared task scores words: the gold
 * and system words are placed on the text with all whitespace removed, and a system word is
 * correct when a gold word covers exactly the same characters.
 *
 * <p>The input document is the {@code # text} of every sentence, joined by single spaces (no line
 * breaks, so the sentence splitter has to find the sentence ends itself).
 */
public final class RawTextEvaluation {

  /**
   * The result of one run.
   *
   * @param score the words' precision, recall and F1
   * @param goldWords the gold words as character spans (for error analysis)
   * @param systemWords the system words as character spans
   * @param document the document that was segmented
   * @param sentences how many sentences the splitter found
   */
  public record Result(WordSpanScore score, List<Span> goldWords, List<Span> systemWords,
      String document, int sentences) {}

  /**
   * One word on the whitespace-free text.
   *
   * @param start first non-whitespace char (inclusive)
   * @param end after the last one (exclusive)
   * @param text the word's text (as written, with its inner spaces)
   */
  public record Span(int start, int end, String text) {}

  private RawTextEvaluation() {}

  /** Whether a char counts as whitespace for the alignment. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Segments the joined {@code # text} of the sentences and scores the words.
   *
   * @param gold the gold sentences
   * @param splitter the sentence splitter (with its tokenizer)
   * @param segmenter the segmenter
   * @return the score and the aligned words
   */
  public static Result evaluate(List<UdVietnamese.Sentence> gold, SentenceSplitter splitter,
      WordSegmenter segmenter) {
    StringBuilder doc = new StringBuilder();
    List<Span> goldSpans = new ArrayList<>();
    int position = 0;
    for (UdVietnamese.Sentence s : gold) {
      if (doc.length() > 0) {
        doc.append(' ');
      }
      doc.append(s.text());
      for (String w : s.words()) {
        int length = 0;
        for (int i = 0; i < w.length(); i++) {
          if (!isSpace(w.charAt(i))) {
            length++;
          }
        }
        goldSpans.add(new Span(position, position + length, w));
        position += length;
      }
    }
    String document = doc.toString();
    int[] before = new int[document.length() + 1];
    for (int i = 0; i < document.length(); i++) {
      before[i + 1] = before[i] + (isSpace(document.charAt(i)) ? 0 : 1);
    }
    if (before[document.length()] != position) {
      throw new IllegalStateException("the # text lines do not spell the gold words");
    }
    List<Span> systemSpans = new ArrayList<>();
    List<Sentence> sentences = splitter.split(document);
    for (Sentence sentence : sentences) {
      for (Word w : segmenter.segment(document, sentence.tokens())) {
        systemSpans.add(new Span(before[w.start()], before[w.end()], w.text()));
      }
    }
    Set<Long> goldKeys = new HashSet<>();
    for (Span s : goldSpans) {
      goldKeys.add(((long) s.start() << 32) | s.end());
    }
    long correct = 0;
    Set<Long> seen = new HashSet<>();
    for (Span s : systemSpans) {
      long key = ((long) s.start() << 32) | s.end();
      if (goldKeys.contains(key) && seen.add(key)) {
        correct++;
      }
    }
    WordSpanScore score = new WordSpanScore();
    score.addCounts(correct, systemSpans.size(), goldSpans.size());
    return new Result(score, goldSpans, systemSpans, document, sentences.size());
  }
}

package io.github.vietcat.facts;

import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one input with what the rules ask of them: lower-case matching forms, sentence
 * and clause limits, spans. Built once per input; not shared between threads.
 */
final class TokenView {

  final String input;
  final List<Token> tokens;
  /** Lower-case normalized form of each token. */
  final String[] low;
  /** Type of each token. */
  private final TokenType[] types;
  /** Index of the sentence of each token. */
  final int[] sentence;
  /** Index of the first token of each sentence, plus the token count at the end. */
  final int[] sentenceStarts;

  /** For each token, the bits of the phrase sets with a phrase starting with it. */
  private final int[] firstSyllableMask;

  TokenView(String input, List<Token> tokens, Cues cues) {
    this.input = input;
    this.tokens = tokens;
    int n = tokens.size();
    low = new String[n];
    firstSyllableMask = new int[n];
    types = new TokenType[n];
    for (int i = 0; i < n; i++) {
      types[i] = tokens.get(i).type();
    }
    sentence = new int[n];
    int[] starts = new int[n + 1];
    int sentences = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      low[i] = t.normalized().toLowerCase(Locale.ROOT);
      firstSyllableMask[i] = cues.mask(low[i]);
      boolean begins = i == 0 || lineBreakBefore(i) || endsSentence(i - 1);
      if (begins) {
        starts[sentences++] = i;
      }
      sentence[i] = sentences - 1;
    }
    starts[sentences] = n;
    sentenceStarts = java.util.Arrays.copyOf(starts, sentences + 1);
  }

  int size() {
    return low.length;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  TokenType type(int i) {
    return types[i];
  }

  /** Returns whether the gap before token i holds a line break. */
  boolean lineBreakBefore(int i) {
    if (i == 0) {
      return true;
    }
    int from = tokens.get(i - 1).end();
    int to = tokens.get(i).start();
    for (int k = from; k < to; k++) {
      char c = input.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private boolean endsSentence(int i) {
    String s = low[i];
    if (type(i) != TokenType.PUNCTUATION) {
      return false;
    }
    if (s.equals("!") || s.equals("?") || s.startsWith("...") || s.equals("…")) {
      return true;
    }
    if (!s.equals(".")) {
      return false;
    }
    // "TP. HCM", "Q. Bình Tân": a dot after a short abbreviation does not end a sentence.
    if (i > 0 && (type(i - 1) == TokenType.ABBREVIATION) && tokens.get(i - 1).text().length() <= 3
        && i + 1 < size() && !lineBreakBefore(i + 1)) {
      return false;
    }
    return true;
  }

  int sentenceStart(int i) {
    return sentenceStarts[sentence[i]];
  }

  /** Index after the last token of the sentence of token i. */
  int sentenceEnd(int i) {
    return sentenceStarts[sentence[i] + 1];
  }

  /** Returns whether token i is a word that starts with a capital letter (or an abbreviation). */
  boolean capitalized(int i) {
    TokenType t = type(i);
    if (t == TokenType.ABBREVIATION) {
      return true;
    }
    if (t != TokenType.SYLLABLE && t != TokenType.FOREIGN_WORD) {
      return false;
    }
    return Character.isUpperCase(tokens.get(i).text().codePointAt(0));
  }

  boolean isWord(int i) {
    TokenType t = type(i);
    return t == TokenType.SYLLABLE || t == TokenType.FOREIGN_WORD || t == TokenType.ABBREVIATION;
  }

  boolean is(int i, String lowerForm) {
    return i >= 0 && i < low.length && low[i].equals(lowerForm);
  }

  boolean isPunct(int i, String p) {
    return i >= 0 && i < low.length && types[i] == TokenType.PUNCTUATION && low[i].equals(p);
  }

  /** Returns whether the phrase (lower-case normalized syllables) stands at token i. */
  boolean matches(int i, String[] phrase) {
    if (i < 0 || i + phrase.length > size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!low[i + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** The longest of the phrases standing at token i, or {@code null}. */
  String[] longestMatch(int i, PhraseSet phrases) {
    if (i < 0 || i >= low.length || (firstSyllableMask[i] & phrases.bit) == 0) {
      return null;
    }
    String[][] candidates = phrases.startingWith(low[i]);
    if (candidates == null) {
      return null;
    }
    for (String[] p : candidates) {
      if (matches(i, p)) {
        return p;
      }
    }
    return null;
  }

  /** The span of tokens [from, to). */
  Span span(int from, int to) {
    return Span.of(input, tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Returns whether token i ends a clause: punctuation other than quotes, brackets, "-" or "/". */
  boolean clauseBreak(int i) {
    if (type(i) != TokenType.PUNCTUATION) {
      return false;
    }
    String s = low[i];
    return s.equals(",") || s.equals(";") || s.equals(":") || s.equals(".") || s.equals("!")
        || s.equals("?") || s.startsWith("...") || s.equals("…");
  }
}

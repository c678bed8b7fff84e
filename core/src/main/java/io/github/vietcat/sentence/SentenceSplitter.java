package io.github.vietcat.sentence;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits text into sentences, working over tokens so that the dots inside numbers ("4.697.607"),
 * dates ("19.09.2019"), URLs and joined abbreviations ("TP.HCM", "PGS.TS") never end a sentence.
 *
 * <p>A sentence ends:
 *
 * <ul>
 *   <li>after ".", "!", "?", "…" or a run of dots, together with the closing quotes and brackets
 *       and further end marks after it (also when spaced: "… ” ."), when the next token starts
 *       with a capital, a digit, an opening quote or bracket or another non-letter; a following
 *       lower-case word continues the sentence ("... và ..."). A dot after a title or place
 *       abbreviation ("TP.", "Q.", "TS.", "ThS.", "PGS.TS.", "GS.", "BS.") or after a list number
 *       at the start of a sentence ("1.") does not end it; after the initials of a name ("anh T.",
 *       "bà P. T.H.", "Ph.") only a capitalised word that is not another initial ends it;
 *   <li>at a line break, when the splitter is built with {@code lineBreakEndsSentence} (the
 *       default: news text has one paragraph or title per line);
 *   <li>at the end of the text.
 * </ul>
 *
 * <p>Thread-safe and stateless.
 */
public final class SentenceSplitter {

  /** Abbreviations that take a dot and are followed by a name or number, not a new sentence. */
  private static final Set<String> DOTTED_ABBREVIATIONS = Set.of(
      "TP", "Tp", "tp", "Q", "P", "H", "X", "TX", "Tx", "TT", "Tt", "TS", "ThS", "Th.S", "Ths",
      "PGS", "GS", "BS", "KS", "CN", "NCS", "NSND", "NSƯT", "PGS.TS", "GS.TS", "TS.BS", "ThS.BS",
      "GS.TSKH", "TSKH", "BSCKI", "BSCKII", "LS", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co",
      "Inc", "Ltd", "Th", "Tr", "Ng", "No", "Vol", "tr", "ĐC", "Đc", "đc", "Ô", "B");

  private final SyllableTokenizer tokenizer;
  private final boolean lineBreakEndsSentence;

  /** A splitter with the default tokenizer; a line break ends a sentence. */
  public SentenceSplitter() {
    this(new SyllableTokenizer(), true);
  }

  /**
   * A splitter with explicit options.
   *
   * @param tokenizer the tokenizer used by {@link #split(String)}
   * @param lineBreakEndsSentence whether a line break always ends a sentence
   */
  public SentenceSplitter(SyllableTokenizer tokenizer, boolean lineBreakEndsSentence) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.lineBreakEndsSentence = lineBreakEndsSentence;
  }

  /**
   * Normalizes, tokenizes and splits the text.
   *
   * @param text raw text
   * @return the sentences in order, unmodifiable; empty for blank text
   * @throws NullPointerException if text is null
   */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text must not be null");
    NormalizedText normalized = new TextNormalizer().normalize(text);
    return split(normalized, tokenizer.tokenize(normalized));
  }

  /**
   * Splits tokens already made from a normalized text.
   *
   * @param text the normalized text the tokens come from (for the line breaks between tokens)
   * @param tokens the tokens, with offsets into {@code text.original()}
   * @return the sentences in order, unmodifiable
   */
  public List<Sentence> split(NormalizedText text, List<Token> tokens) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(tokens, "tokens must not be null");
    List<Sentence> sentences = new ArrayList<>();
    int m = tokens.size();
    int first = 0;
    int k = 0;
    while (k < m) {
      int last = -1;
      if (lineBreakEndsSentence && k + 1 < m && lineBreakBetween(text, tokens.get(k), tokens.get(k + 1))) {
        last = k;
      } else if (isTerminal(tokens.get(k))) {
        // Take along the closing quotes and brackets and any further end marks: ".”", "?!", "” .".
        int q = k + 1;
        while (q < m && !(lineBreakEndsSentence && lineBreakBetween(text, tokens.get(q - 1), tokens.get(q)))
            && (isTerminal(tokens.get(q)) || isClosing(tokens.get(q), tokens.get(q - 1)))) {
          q++;
        }
        if (q == m || endsHere(tokens, first, k, q, text)) {
          last = q - 1;
        }
      }
      if (last >= 0) {
        sentences.add(sentence(text.original(), tokens.subList(first, last + 1)));
        first = last + 1;
        k = last + 1;
      } else {
        k++;
      }
    }
    if (first < m) {
      sentences.add(sentence(text.original(), tokens.subList(first, m)));
    }
    return Collections.unmodifiableList(sentences);
  }

  private boolean endsHere(List<Token> tokens, int first, int terminal, int next, NormalizedText text) {
    Token mark = tokens.get(terminal);
    Token following = tokens.get(next);
    if (lineBreakEndsSentence && lineBreakBetween(text, tokens.get(next - 1), following)) {
      return true;
    }
    int c = following.text().codePointAt(0);
    if (mark.text().equals(".") && terminal > first) {
      Token before = tokens.get(terminal - 1);
      boolean attached = before.end() == mark.start();
      if (attached && DOTTED_ABBREVIATIONS.contains(before.text())) {
        return false;
      }
      if (attached && terminal - 1 == first && before.type() == TokenType.NUMBER) {
        return false; // "1. ..." numbering a list item
      }
      if (attached && isInitial(before)) {
        // A name abbreviated to initials ("anh T.", "bà P. T.H. (SN 1980)"): the sentence goes
        // on unless a capitalised word that is not another initial follows.
        return Character.isUpperCase(c) && !isInitial(following);
      }
    }
    if (Character.isLetter(c)) {
      return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
    }
    // A comma or closing word after "!" or "?" in a quote continues: “Đi!”, ông nói.
    return !(following.type() == TokenType.PUNCTUATION
        && (following.text().equals(",") || following.text().equals(";")
            || following.text().equals(":")));
  }

  private static boolean isTerminal(Token token) {
    if (token.type() != TokenType.PUNCTUATION) {
      return false;
    }
    char c = token.text().charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * A closing quote or bracket: ” ’ » ) ] even after a space (news text often spaces its quotes);
   * the ambiguous ASCII quotes only when attached to what precedes them.
   */
  private static boolean isClosing(Token token, Token previous) {
    if (token.type() != TokenType.PUNCTUATION || token.text().length() != 1) {
      return false;
    }
    char c = token.text().charAt(0);
    int type = Character.getType(c);
    if (type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION
        || c == '\u00BB') {
      return true;
    }
    return (c == '"' || c == '\'') && token.start() == previous.end();
  }

  /**
   * An initial of a name: one capital ("T"), capitals joined by dots ("T.H"), or a capitalised
   * two-letter onset ("Ph", "Th", "Ng").
   */
  private static boolean isInitial(Token token) {
    String t = token.text();
    if (token.type() != TokenType.ABBREVIATION && token.type() != TokenType.SYLLABLE
        && token.type() != TokenType.FOREIGN_WORD) {
      return false;
    }
    if (t.length() == 1) {
      return Character.isUpperCase(t.charAt(0));
    }
    if (t.length() == 2 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))
        && token.type() != TokenType.SYLLABLE) {
      return true;
    }
    for (int k = 0; k < t.length(); k++) {
      boolean letterPlace = k % 2 == 0;
      char ch = t.charAt(k);
      if (letterPlace ? !Character.isUpperCase(ch) : ch != '.') {
        return false;
      }
    }
    return t.length() % 2 == 1;
  }

  private static boolean lineBreakBetween(NormalizedText text, Token left, Token right) {
    int from = left.end();
    int to = right.start();
    if (from >= to) {
      return false; // adjacent tokens: no normalized char lies between them
    }
    String normalized = text.text();
    if (text.isIdentity()) {
      for (int k = from; k < to; k++) {
        char c = normalized.charAt(k);
        if (c == '\n' || c == '\r') {
          return true;
        }
      }
      return false;
    }
    // The normalized chars whose original span starts in [from, to): one binary search for the
    // first, then forward while the map (monotonic) stays below to.
    int length = normalized.length();
    for (int k = text.normalizedIndex(from); k < length && text.originalStart(k) < to; k++) {
      char c = normalized.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentence(String original, List<Token> tokens) {
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    return new Sentence(original.substring(start, end), start, end, tokens);
  }
}

package io.github.vietcat.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.normalize.ToneMarks;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of tokenization that must hold for any input. */
class SyllableTokenizerPropertiesTest {

  private static final String VIETNAMESE_CHARS =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
          + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
          + "ÀÁẢÃẠỒỐỔỖỘỪỨỬỮỰfjwzFJWZ0123456789";
  private static final String OTHER_CHARS =
      " \n\t.,;:!?…\"'“”()-–/%@#&+<>=_\u00A0\u200B\u00D0\u00F0\u0300\u0301\u0303\u0309\u0323"
          + "\uD83D\uDE00\uFEFF\u0007";

  private final SyllableTokenizer tokenizer = new SyllableTokenizer();
  private final SyllableTokenizer plainTokenizer =
      new SyllableTokenizer(new TextNormalizer(false, false));

  @Provide
  Arbitrary<String> vietnameseLike() {
    return Arbitraries.strings()
        .withChars((VIETNAMESE_CHARS + VIETNAMESE_CHARS + OTHER_CHARS).toCharArray())
        .ofMaxLength(120);
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(80), vietnameseLike());
  }

  @Property
  void offsetsAreOrderedAndWithinTheInput(@ForAll("anyUnicode") String input) {
    int previousEnd = 0;
    for (Token t : tokenizer.tokenize(input)) {
      assertTrue(t.start() >= previousEnd, "ordered, not overlapping");
      assertTrue(t.end() > t.start(), "not empty");
      assertTrue(t.end() <= input.length(), "within the input");
      assertEquals(input.substring(t.start(), t.end()), t.text());
      previousEnd = t.end();
    }
  }

  @Property
  void everyVisibleCharIsCovered(@ForAll("anyUnicode") String input) {
    // Without HTML handling, only spaces, controls and format chars may be left out.
    boolean[] covered = new boolean[input.length()];
    for (Token t : plainTokenizer.tokenize(input)) {
      for (int k = t.start(); k < t.end(); k++) {
        covered[k] = true;
      }
    }
    for (int k = 0; k < input.length(); k++) {
      char c = input.charAt(k);
      int type = Character.getType(c);
      boolean removable = Character.isWhitespace(c) || Character.isSpaceChar(c)
          || type == Character.CONTROL || type == Character.FORMAT;
      assertTrue(covered[k] || removable,
          "char U+" + Integer.toHexString(c) + " at " + k + " not covered");
    }
  }

  @Property
  void decomposedInputGivesTheSameNormalizedTokens(@ForAll("vietnameseLike") String input) {
    String nfc = Normalizer.normalize(input, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(input, Normalizer.Form.NFD);
    List<String> a = tokenizer.tokenize(nfc).stream().map(Token::normalized).toList();
    List<String> b = tokenizer.tokenize(nfd).stream().map(Token::normalized).toList();
    assertEquals(a, b);
  }

  @Property
  void syllablesCarryTheirCanonicalForm(@ForAll("vietnameseLike") String input) {
    for (Token t : tokenizer.tokenize(input)) {
      if (t.type() == TokenType.SYLLABLE) {
        assertEquals(ToneMarks.canonical(t.normalized()), t.normalized());
        assertEquals(t.normalized(), ToneMarks.canonical(
            Normalizer.normalize(t.normalized(), Normalizer.Form.NFC)));
      }
    }
  }

  @Property
  void sentencesPartitionTheTokens(@ForAll("anyUnicode") String input) {
    List<Token> tokens = tokenizer.tokenize(input);
    List<Sentence> sentences = new SentenceSplitter().split(input);
    int count = 0;
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd);
      assertEquals(input.substring(s.start(), s.end()), s.text());
      count += s.tokens().size();
      previousEnd = s.end();
    }
    assertEquals(tokens.size(), count);
  }

  /** Issue 11: a text and its normalized form give the same tokens, at the same offsets. */
  @Property
  void normalizedFormGivesTheSameTokens(@ForAll("anyUnicode") String input) {
    NormalizedText normalized = new TextNormalizer().normalize(input);
    List<Token> direct = tokenizer.tokenize(input);
    List<Token> again = tokenizer.tokenize(normalized.text());
    assertEquals(direct.stream().map(Token::normalized).toList(),
        again.stream().map(Token::normalized).toList());
    assertEquals(direct.stream().map(Token::type).toList(),
        again.stream().map(Token::type).toList());
    for (int k = 0; k < direct.size(); k++) {
      assertEquals(direct.get(k).start(), normalized.originalStart(again.get(k).start()));
      assertEquals(direct.get(k).end(), normalized.originalEnd(again.get(k).end()));
    }
  }

  @Example
  void zeroWidthCharsBetweenMarksGiveOneSyllable() {
    List<Token> tokens = tokenizer.tokenize("m\u0103\u200B\u0302\u200B\u0323t");
    assertEquals(1, tokens.size());
    assertEquals("m\u1eb7\u0302t", tokens.get(0).normalized());
    assertEquals(0, tokens.get(0).start());
    assertEquals(7, tokens.get(0).end());
  }

  /** Samples jqwik found for {@link #normalizedFormGivesTheSameTokens}, kept as examples. */
  @Example
  void charsThatNfcReplacesKeepTheirOwnTokens() {
    // U+1FC9 (a singleton: NFC gives U+0388), U+0F73 (NFC gives two marks), U+2ADC (NFC gives a
    // symbol and a mark).
    for (String input : List.of("!\u1FC9", "!\u0F73", "\u2ADC", "x \u2ADC!")) {
      normalizedFormGivesTheSameTokens(input);
    }
    List<Token> tokens = tokenizer.tokenize("!\u1FC9");
    assertEquals(List.of("!", "\u0388"), tokens.stream().map(Token::normalized).toList());
    assertEquals(List.of(0, 1), tokens.stream().map(Token::start).toList());
    tokens = tokenizer.tokenize("!\u0F73");
    assertEquals(List.of("!\u0F71\u0F72"), tokens.stream().map(Token::normalized).toList());
    assertEquals(2, tokens.get(0).end());
  }
}

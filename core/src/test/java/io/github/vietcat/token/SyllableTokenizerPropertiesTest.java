package io.github.vietcat.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.normalize.ToneMarks;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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

  @Property(tries = 600)
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

  @Property(tries = 600)
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

  @Property(tries = 300)
  void decomposedInputGivesTheSameNormalizedTokens(@ForAll("vietnameseLike") String input) {
    String nfc = Normalizer.normalize(input, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(input, Normalizer.Form.NFD);
    List<String> a = tokenizer.tokenize(nfc).stream().map(Token::normalized).toList();
    List<String> b = tokenizer.tokenize(nfd).stream().map(Token::normalized).toList();
    assertEquals(a, b);
  }

  @Property(tries = 300)
  void syllablesCarryTheirCanonicalForm(@ForAll("vietnameseLike") String input) {
    for (Token t : tokenizer.tokenize(input)) {
      if (t.type() == TokenType.SYLLABLE) {
        assertEquals(ToneMarks.canonical(t.normalized()), t.normalized());
        assertEquals(t.normalized(), ToneMarks.canonical(
            Normalizer.normalize(t.normalized(), Normalizer.Form.NFC)));
      }
    }
  }

  @Property(tries = 300)
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
}

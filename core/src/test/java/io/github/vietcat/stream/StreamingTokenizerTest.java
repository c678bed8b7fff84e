package io.github.vietcat.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingTokenizerTest {

  private final StreamingTokenizer tiny =
      new StreamingTokenizer(new SyllableTokenizer(), new TextNormalizer(), 1, 64);

  @Test
  void documentCodeAfterALineBreakKeepsItsContext() {
    // "số" on one line and "14/2018" on the next: the look-behind reaches across the cut.
    String text = "Văn bản số\n14/2018 về\n<!-- một\nhai -->việc";
    List<Token> tokens = tiny.tokens(new StringReader(text)).toList();
    assertEquals(List.of(
        new Token("Văn", "Văn", TokenType.SYLLABLE, 0, 3),
        new Token("bản", "bản", TokenType.SYLLABLE, 4, 7),
        new Token("số", "số", TokenType.SYLLABLE, 8, 10),
        new Token("14/2018", "14/2018", TokenType.DOCUMENT_CODE, 11, 18),
        new Token("về", "về", TokenType.SYLLABLE, 19, 21),
        new Token("việc", "việc", TokenType.SYLLABLE, 38, 42)), tokens);
  }

  @Test
  void sentencesCarryOffsetsIntoTheWholeInput() {
    String text = "Trời mưa.\nĐường trơn.";
    List<Sentence> sentences = tiny.sentences(new StringReader(text)).toList();
    assertEquals(2, sentences.size());
    assertEquals("Đường trơn.", sentences.get(1).text());
    assertEquals(10, sentences.get(1).start());
    assertEquals(21, sentences.get(1).end());
  }

  @Test
  void readErrorsAreUnchecked() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> new StreamingTokenizer().tokens(failing).toList());
    assertEquals("disk gone", e.getCause().getMessage());
  }

  @Test
  void sizesAreChecked() {
    assertThrows(IllegalArgumentException.class,
        () -> new StreamingTokenizer(new SyllableTokenizer(), new TextNormalizer(), 0, 64));
    assertThrows(IllegalArgumentException.class,
        () -> new StreamingTokenizer(new SyllableTokenizer(), new TextNormalizer(), 100, 64));
  }

  @Test
  void emptyInputGivesNothing() {
    assertEquals(List.of(), new StreamingTokenizer().tokens(new StringReader("")).toList());
  }
}

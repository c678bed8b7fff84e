package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.token.TokenType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

  private static WordSegmenter plain;

  @BeforeAll
  static void trainTinyModel() {
    plain = SegmenterFixtures.train();
  }

  private static WordSegmenter with(String dictionary) throws IOException {
    return plain.withUserDictionary(new StringReader(dictionary));
  }

  private static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }

  @Test
  void entryIsKeptWholeWithExactOffsets() throws IOException {
    String text = "Cán bộ dùng trí tuệ nhân tạo mỗi ngày.";
    assertTrue(texts(plain.segment(text)).stream().noneMatch(w -> w.equals("trí tuệ nhân tạo")),
        "the tiny model must not know the entry, else this test proves nothing");
    List<Word> words = with("trí tuệ nhân tạo\n").segment(text);
    Word entry = words.stream().filter(w -> w.text().equals("trí tuệ nhân tạo")).findFirst()
        .orElseThrow(() -> new AssertionError(texts(words).toString()));
    assertEquals(12, entry.start());
    assertEquals(28, entry.end());
    assertEquals(4, entry.size());
    assertEquals("trí tuệ nhân tạo", entry.normalized());
    assertEquals("dùng", words.get(words.indexOf(entry) - 1).text());
    assertEquals("mỗi", words.get(words.indexOf(entry) + 1).text().split(" ")[0]);
  }

  @Test
  void longestEntryWins() throws IOException {
    WordSegmenter segmenter = with("trí tuệ\ntrí tuệ nhân tạo\nnhân tạo mỗi\n");
    assertEquals(List.of("trí tuệ nhân tạo"),
        texts(segmenter.segment("trí tuệ nhân tạo")));
    assertEquals("trí tuệ", segmenter.segment("trí tuệ con người").get(0).text());
    // Left to right: "trí tuệ nhân tạo" is taken first, so "nhân tạo mỗi" cannot match.
    List<Word> words = segmenter.segment("trí tuệ nhân tạo mỗi ngày");
    assertEquals("trí tuệ nhân tạo", words.get(0).text());
    assertEquals(17, words.get(1).start());
  }

  @Test
  void toneVariantsDecomposedTextAndCaseMatch() throws IOException {
    // Entry written with the old tone placement and decomposed; text in the new one, capitalized.
    WordSegmenter segmenter =
        with(Normalizer.normalize("thuỷ điện hoà bình\n", Normalizer.Form.NFD));
    List<Word> words = segmenter.segment("Nhà máy Thủy Điện Hòa Bình.");
    assertEquals("Thủy Điện Hòa Bình", words.get(words.size() - 2).text());
    assertEquals(8, words.get(words.size() - 2).start());
    String decomposedText = Normalizer.normalize("thủy điện hòa bình", Normalizer.Form.NFD);
    List<Word> decomposedWords = with("thuỷ điện hoà bình").segment(decomposedText);
    assertEquals(1, decomposedWords.size());
    assertEquals(decomposedText, decomposedWords.get(0).text());
    assertEquals(decomposedText.length(), decomposedWords.get(0).end());
  }

  @Test
  void entriesNeverCrossPunctuationOrLineBreaks() throws IOException {
    WordSegmenter segmenter = with("trí tuệ nhân tạo");
    for (String text : List.of("trí tuệ, nhân tạo", "trí tuệ\nnhân tạo", "trí tuệ (nhân tạo)")) {
      assertTrue(segmenter.segment(text).stream().noneMatch(w -> w.size() == 4), text);
    }
  }

  @Test
  void commentsBlankLinesAndByteOrderMarkAreIgnored() throws IOException {
    WordSegmenter segmenter = with(
        "\uFEFF# my words\n\n   \n  # indented comment\ntrí tuệ nhân tạo\nTRÍ TUỆ NHÂN TẠO\n");
    assertTrue(segmenter.toString().endsWith(", userDictionary=1]"), segmenter.toString());
    assertEquals(List.of("trí tuệ nhân tạo"), texts(segmenter.segment("trí tuệ nhân tạo")));
  }

  @Test
  void goldSyllableModeUsesTheDictionaryToo() throws IOException {
    List<String> syllables = Arrays.asList("dùng trí tuệ nhân tạo .".split(" "));
    assertEquals(List.of("dùng", "trí tuệ nhân tạo", "."),
        with("trí tuệ nhân tạo").segmentSyllables(syllables));
    assertNotEquals(List.of("dùng", "trí tuệ nhân tạo", "."), plain.segmentSyllables(syllables));
  }

  @Test
  void namesWrittenLikeAbbreviationsAndNumbersCanBePartOfEntries() throws IOException {
    // "McCain" and "U23" are ABBREVIATION tokens, "u23" a FOREIGN_WORD, "2024" a NUMBER: the model
    // never joins them, an entry does. Digits must match exactly (syllable keys read them as 0).
    WordSegmenter segmenter = with("john mccain\nđội u23 việt nam\ngiải 2024\n");
    List<Word> words = segmenter.segment("Ông John McCain xem đội U23 Việt Nam đá giải 2024.");
    assertEquals(List.of("Ông", "John McCain", "xem", "đội U23 Việt Nam", "đá", "giải 2024", "."),
        texts(words));
    Word name = words.get(1);
    assertEquals(4, name.start());
    assertEquals(15, name.end());
    assertEquals(TokenType.FOREIGN_WORD, name.type());
    assertEquals(1, segmenter.segment("đội u23 việt nam").size());
    assertTrue(segmenter.segment("đội U19 Việt Nam").stream().noneMatch(w -> w.size() == 4));
    assertTrue(segmenter.segment("giải 2025").stream().noneMatch(w -> w.size() == 2));
  }

  @Test
  void theOriginalSegmenterIsUnchanged() throws IOException {
    String text = "Cán bộ dùng trí tuệ nhân tạo mỗi ngày.";
    List<Word> before = plain.segment(text);
    with("trí tuệ nhân tạo");
    assertEquals(before, plain.segment(text));
  }

  @Test
  void badLinesAreRejectedWithTheLineNumber() {
    IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
        () -> with("# comment\ntrí tuệ\nmạng\n"));
    assertTrue(single.getMessage().contains("line 3"), single.getMessage());
    assertTrue(single.getMessage().contains("at least two syllables"), single.getMessage());
    IllegalArgumentException symbol = assertThrows(IllegalArgumentException.class,
        () -> with("lãi suất %\n"));
    assertTrue(symbol.getMessage().contains("line 1"), symbol.getMessage());
    assertTrue(symbol.getMessage().contains("\"%\""), symbol.getMessage());
    IllegalArgumentException punctuation = assertThrows(IllegalArgumentException.class,
        () -> with("trí tuệ\n\nnhân-tạo\n"));
    assertTrue(punctuation.getMessage().contains("line 3"), punctuation.getMessage());
  }

  @Test
  void fileIsReadAsUtf8AndNamedInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("words.txt");
    Files.writeString(good, "# terms\ntrí tuệ nhân tạo\n", StandardCharsets.UTF_8);
    assertEquals(List.of("trí tuệ nhân tạo"),
        texts(plain.withUserDictionary(good).segment("trí tuệ nhân tạo")));
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "trí tuệ\nx\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> plain.withUserDictionary(bad));
    assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("line 2"),
        e.getMessage());
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'t', 'r', (byte) 0xED, ' ', 't', 'u', (byte) 0xEA});
    assertThrows(MalformedInputException.class, () -> plain.withUserDictionary(latin1));
  }
}

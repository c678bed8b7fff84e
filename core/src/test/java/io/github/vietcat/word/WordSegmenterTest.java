package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordSegmenterTest {

  private static WordSegmenter segmenter;

  @BeforeAll
  static void trainTinyModel() {
    segmenter = SegmenterFixtures.train();
  }

  private static List<String> syllables(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void joinsSyllablesIntoWords() {
    assertEquals(List.of("cán bộ", "đảng viên", "phải", "gương mẫu", "trên", "mạng xã hội", "."),
        segmenter.segmentSyllables(
            syllables("cán bộ đảng viên phải gương mẫu trên mạng xã hội .")));
  }

  @Test
  void capitalizedSentenceStartKeepsKnownWords() {
    assertEquals(List.of("Cán bộ", "đảng viên", "phải", "gương mẫu", "."),
        segmenter.segmentSyllables(syllables("Cán bộ đảng viên phải gương mẫu .")));
    assertEquals(List.of("CÁN BỘ", "ĐẢNG VIÊN", "GƯƠNG MẪU"),
        segmenter.segmentSyllables(syllables("CÁN BỘ ĐẢNG VIÊN GƯƠNG MẪU")));
  }

  @Test
  void toneVariantsAndDecomposedTextSegmentAlike() {
    List<String> expected = List.of("hòa bình", "là", "mong ước", "của", "mọi", "người", ".");
    assertEquals(expected,
        segmenter.segmentSyllables(syllables("hòa bình là mong ước của mọi người .")));
    String variant = "hoà bình là mong ước của mọi người .";
    assertEquals(List.of("hoà bình", "là", "mong ước", "của", "mọi", "người", "."),
        segmenter.segmentSyllables(syllables(variant)));
    String decomposed = Normalizer.normalize(variant, Normalizer.Form.NFD);
    List<String> words = segmenter.segmentSyllables(syllables(decomposed));
    assertEquals(expected.size(), words.size());
    assertEquals(Normalizer.normalize(words.get(0), Normalizer.Form.NFC), "hoà bình");
  }

  @Test
  void emptyInputGivesNoWords() {
    assertEquals(List.of(), segmenter.segmentSyllables(List.of()));
    assertEquals(List.of(), segmenter.segment(List.of()));
    assertEquals(List.of(), segmenter.segment("", List.of()));
  }

  @Test
  void groupsTokensWithExactTextAndOffsets() {
    String text = "Cán  bộ đảng viên, năm 2024 phải gương mẫu.";
    List<Token> tokens = List.of(
        new Token("Cán", "Cán", TokenType.SYLLABLE, 0, 3),
        new Token("bộ", "bộ", TokenType.SYLLABLE, 5, 7),
        new Token("đảng", "đảng", TokenType.SYLLABLE, 8, 12),
        new Token("viên", "viên", TokenType.SYLLABLE, 13, 17),
        new Token(",", ",", TokenType.PUNCTUATION, 17, 18),
        new Token("năm", "năm", TokenType.SYLLABLE, 19, 22),
        new Token("2024", "2024", TokenType.NUMBER, 23, 27),
        new Token("phải", "phải", TokenType.SYLLABLE, 28, 32),
        new Token("gương", "gương", TokenType.SYLLABLE, 33, 38),
        new Token("mẫu", "mẫu", TokenType.SYLLABLE, 39, 42),
        new Token(".", ".", TokenType.PUNCTUATION, 42, 43));
    List<Word> words = segmenter.segment(text, tokens);
    assertEquals(List.of("Cán  bộ", "đảng viên", ",", "năm", "2024", "phải", "gương mẫu", "."),
        words.stream().map(Word::text).toList());
    Word first = words.get(0);
    assertEquals("Cán bộ", first.normalized());
    assertEquals(TokenType.SYLLABLE, first.type());
    assertEquals(0, first.start());
    assertEquals(7, first.end());
    assertEquals(tokens.subList(0, 2), first.tokens());
    Word number = words.get(4);
    assertEquals(TokenType.NUMBER, number.type());
    assertEquals(23, number.start());
    assertEquals(27, number.end());
    for (Word w : words) {
      assertEquals(text.substring(w.start(), w.end()), w.text());
    }
    // Without the text, the gaps are rebuilt as single spaces.
    assertEquals("Cán bộ", segmenter.segment(tokens).get(0).text());
  }

  @Test
  void nonSyllableTokensPassThroughAlone() {
    // The model has seen "năm 2024" and "12 chỉ tiêu": numbers still stand alone.
    String text = "năm 2024 , đạt 12 chỉ tiêu ! http://x.vn";
    List<Token> tokens = new java.util.ArrayList<>(SegmenterFixtures.whitespaceTokens(text));
    Token last = tokens.remove(tokens.size() - 1);
    tokens.add(new Token(last.text(), last.text(), TokenType.URL, last.start(), last.end()));
    List<Word> words = segmenter.segment(text, tokens);
    assertEquals(List.of("năm", "2024", ",", "đạt", "12", "chỉ tiêu", "!", "http://x.vn"),
        words.stream().map(Word::text).toList());
    assertEquals(List.of(TokenType.SYLLABLE, TokenType.NUMBER, TokenType.PUNCTUATION,
            TokenType.SYLLABLE, TokenType.NUMBER, TokenType.SYLLABLE, TokenType.PUNCTUATION,
            TokenType.URL),
        words.stream().map(Word::type).toList());
  }

  @Test
  void noWordCrossesPunctuationOrLineBreaks() {
    String text = "cán bộ\nđảng\r\nviên gương  \u2028mẫu";
    List<Word> words = segmenter.segment(text, SegmenterFixtures.whitespaceTokens(text));
    assertEquals(List.of("cán bộ", "đảng", "viên", "gương", "mẫu"),
        words.stream().map(Word::text).toList());
    List<Token> withComma = SegmenterFixtures.whitespaceTokens("cán , bộ");
    assertEquals(List.of("cán", ",", "bộ"),
        segmenter.segment("cán , bộ", withComma).stream().map(Word::text).toList());
    // Markup that the tokenizer dropped between two syllables does not split the word.
    String html = "cán<i></i> bộ";
    List<Token> tokens = List.of(new Token("cán", "cán", TokenType.SYLLABLE, 0, 3),
        new Token("bộ", "bộ", TokenType.SYLLABLE, 11, 13));
    List<Word> joined = segmenter.segment(html, tokens);
    assertEquals(1, joined.size());
    assertEquals(html, joined.get(0).text());
  }

  @Test
  void rejectsTokensOutsideTheText() {
    List<Token> tokens = List.of(new Token("cán", "cán", TokenType.SYLLABLE, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> segmenter.segment("cá", tokens));
    assertThrows(NullPointerException.class, () -> segmenter.segment((String) null, tokens));
  }

  @Test
  void saveAndLoadKeepTheModelByteForByte(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    segmenter.save(first);
    Path file = dir.resolve("model.bin.gz");
    Files.write(file, first.toByteArray());
    WordSegmenter loaded = WordSegmenter.load(file);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    loaded.save(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    List<String> sentence = syllables("Cán bộ xã đến từng nhà vận động người dân .");
    assertEquals(segmenter.segmentSyllables(sentence), loaded.segmentSyllables(sentence));
    assertEquals(segmenter.toString(), loaded.toString());
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    SegmenterFixtures.train().save(a);
    SegmenterFixtures.train().save(b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }

  @Test
  void missingModelFileNamesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nothing-here.bin.gz");
    IOException e = assertThrows(IOException.class, () -> WordSegmenter.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void corruptModelFilesFailClearly(@TempDir Path dir) throws IOException {
    Path garbage = dir.resolve("garbage.bin.gz");
    Files.write(garbage, "this is not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    IOException e = assertThrows(IOException.class, () -> WordSegmenter.load(garbage));
    assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());

    ByteArrayOutputStream model = new ByteArrayOutputStream();
    segmenter.save(model);
    byte[] bytes = model.toByteArray();
    Path truncated = dir.resolve("truncated.bin.gz");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    e = assertThrows(IOException.class, () -> WordSegmenter.load(truncated));
    assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());

    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(other)) {
      gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    e = assertThrows(IOException.class,
        () -> WordSegmenter.load(new ByteArrayInputStream(other.toByteArray())));
    assertTrue(e.getMessage().contains("not a vietcat word segmenter model"), e.getMessage());
  }

  @Test
  void missingDefaultModelNamesTheResourceAndTheFix() {
    // vietcat-core's tests do not have vietcat-models on the classpath.
    IllegalStateException e = assertThrows(IllegalStateException.class, WordSegmenter::loadDefault);
    assertTrue(e.getMessage().contains(WordSegmenter.DEFAULT_MODEL_RESOURCE), e.getMessage());
    assertTrue(e.getMessage().contains("vietcat-models"), e.getMessage());
  }

  @Test
  void corruptDefaultModelNamesTheResourceAndTheFix(@TempDir Path dir) throws IOException {
    Path resource = dir.resolve(WordSegmenter.DEFAULT_MODEL_RESOURCE);
    Files.createDirectories(resource.getParent());
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    segmenter.save(model);
    Files.write(resource, Arrays.copyOf(model.toByteArray(), 1000)); // truncated
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
        new java.net.URL[] {dir.toUri().toURL()}, null)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> WordSegmenter.loadResource(loader, WordSegmenter.DEFAULT_MODEL_RESOURCE));
      assertTrue(e.getMessage().contains(WordSegmenter.DEFAULT_MODEL_RESOURCE), e.getMessage());
      assertTrue(e.getMessage().contains("reinstall vietcat-models"), e.getMessage());
      Files.write(resource, model.toByteArray()); // intact: loads
      assertEquals(segmenter.toString(),
          WordSegmenter.loadResource(loader, WordSegmenter.DEFAULT_MODEL_RESOURCE).toString());
    }
  }

  @Test
  void segmenterIsSafeToShareBetweenThreads() throws Exception {
    List<String> sentence = syllables("các cán bộ trẻ gương mẫu trong công tác .");
    List<String> expected = segmenter.segmentSyllables(sentence);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          for (int j = 0; j < 200; j++) {
            if (!segmenter.segmentSyllables(sentence).equals(expected)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rawTextOfAnyKindGivesExactNonOverlappingWords() {
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạ\u0300\u0301\u0323"
        + "0123456789.,;:!?\"'()[]-/%&@#<>\n\r\t \u00a0\u200b\ud83d\ude00\ud800\u0000\u00d0";
    java.util.Random random = new java.util.Random(7);
    io.github.vietcat.token.SyllableTokenizer tokenizer =
        new io.github.vietcat.token.SyllableTokenizer();
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<Word> words = segmenter.segment(text);
      List<Token> tokens = tokenizer.tokenize(text);
      List<Token> regrouped = new java.util.ArrayList<>();
      int end = 0;
      for (Word w : words) {
        assertEquals(text.substring(w.start(), w.end()), w.text(), text);
        assertTrue(w.start() >= end, text);
        end = w.end();
        regrouped.addAll(w.tokens());
        if (w.size() > 1) {
          for (Token t : w.tokens()) {
            assertTrue(t.type() == TokenType.SYLLABLE || t.type() == TokenType.FOREIGN_WORD, text);
          }
        }
      }
      assertEquals(tokens, regrouped, text);
    }
  }

  @Test
  void nullInputIsRejectedClearly() {
    assertThrows(NullPointerException.class, () -> segmenter.segment((String) null));
    assertThrows(NullPointerException.class, () -> segmenter.segment((List<Token>) null));
    assertThrows(NullPointerException.class, () -> segmenter.segmentSyllables(null));
  }

  @Test
  void longInputIsSegmentedWhole() {
    String sentence = "Cán bộ đảng viên phải gương mẫu trong công tác. ";
    String text = sentence.repeat(20_000); // about 1 MB
    List<Word> words = segmenter.segment(text);
    // [Cán bộ] [đảng viên] [phải] [gương mẫu] [trong] [công tác] [.]
    assertEquals(20_000 * 7, words.size());
    assertEquals("gương mẫu", words.get(words.size() - 4).text());
  }

  @Test
  void pieceOfLongerInputKeepsInputOffsets() {
    String text = " Mở đầu: cán bộ đảng viên phải gương mẫu.  Hòa bình là mong ước của mọi người!\n"
        + "  Trên mạng xã hội, cán bộ  đảng viên phải gương mẫu trong công tác.";
    List<io.github.vietcat.sentence.Sentence> sentences =
        new io.github.vietcat.sentence.SentenceSplitter().split(text);
    assertEquals(3, sentences.size());
    for (io.github.vietcat.sentence.Sentence s : sentences) {
      assertTrue(s.start() > 0);
      List<Word> inPlace = segmenter.segment(s.text(), s.start(), s.tokens());
      // The same words as on the whole text, offsets included.
      assertEquals(segmenter.segment(text, s.tokens()), inPlace);
      // And as on the sentence alone with its tokens shifted, but for the offsets.
      List<Token> local = s.tokens().stream().map(t -> new Token(t.text(), t.normalized(),
          t.type(), t.start() - s.start(), t.end() - s.start())).toList();
      List<Word> shifted = segmenter.segment(s.text(), local);
      assertEquals(shifted.size(), inPlace.size());
      for (int i = 0; i < shifted.size(); i++) {
        Word a = shifted.get(i);
        Word b = inPlace.get(i);
        assertEquals(List.of(a.text(), a.normalized(), a.type().name()),
            List.of(b.text(), b.normalized(), b.type().name()));
        assertEquals(a.start() + s.start(), b.start());
        assertEquals(a.end() + s.start(), b.end());
        assertEquals(a.tokens().size(), b.tokens().size());
        assertEquals(a.tokens().get(0).start() + s.start(), b.tokens().get(0).start());
      }
    }
    assertEquals(List.of("Hòa bình", "là", "mong ước", "của", "mọi", "người", "!"),
        segmenter.segment(sentences.get(1).text(), sentences.get(1).start(),
            sentences.get(1).tokens()).stream().map(Word::text).toList());
    assertEquals(List.of("Trên mạng xã hội", ",", "cán bộ", "đảng viên", "phải", "gương mẫu",
            "trong", "công tác", "."),
        segmenter.segment(sentences.get(2).text(), sentences.get(2).start(),
            sentences.get(2).tokens()).stream().map(Word::text).toList());
  }

  @Test
  void pieceOfLongerInputRefusesTokensOutsideIt() {
    List<Token> tokens = List.of(new Token("cá", "cá", TokenType.SYLLABLE, 10, 12));
    assertEquals(List.of("cá"),
        segmenter.segment("cá", 10, tokens).stream().map(Word::text).toList());
    assertThrows(IllegalArgumentException.class, () -> segmenter.segment("cá", 11, tokens));
    assertThrows(IllegalArgumentException.class, () -> segmenter.segment("c", 10, tokens));
    assertThrows(IllegalArgumentException.class, () -> segmenter.segment("cá", -1, tokens));
  }
}

package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model, on sentences written for these tests. */
class ShippedWordSegmenterTest {

  private static WordSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = WordSegmenter.loadDefault();
  }

  private static List<String> segment(String sentence) {
    return segmenter.segmentSyllables(Arrays.asList(sentence.split(" ")));
  }

  @Test
  void userDictionaryJoinsWhatTheModelSplits() throws IOException {
    String text = "Cán bộ phải gương mẫu trên mạng xã hội.";
    assertEquals(List.of("Cán bộ", "phải", "gương mẫu", "trên", "mạng", "xã hội", "."),
        segmenter.segment(text).stream().map(Word::text).toList());
    WordSegmenter withWords =
        segmenter.withUserDictionary(new StringReader("# new terms\nmạng xã hội\n"));
    List<Word> words = withWords.segment(text);
    assertEquals(List.of("Cán bộ", "phải", "gương mẫu", "trên", "mạng xã hội", "."),
        words.stream().map(Word::text).toList());
    assertEquals(27, words.get(4).start());
    assertEquals(38, words.get(4).end());
  }

  @Test
  void segmentsNewsPhrases() {
    // "mạng xã hội" is left out on purpose: neither UD VTB nor the silver word list has it as one
    // word, so the model splits it [mạng] [xã hội] (see README, "Word segmentation").
    assertEquals(List.of("cán bộ", ",", "đảng viên", "phải", "gương mẫu", "trong", "công tác"),
        segment("cán bộ , đảng viên phải gương mẫu trong công tác"));
    assertEquals(List.of("Chính phủ", "yêu cầu", "các", "bộ", ",", "ngành", "tăng cường",
            "kiểm tra", "."),
        segment("Chính phủ yêu cầu các bộ , ngành tăng cường kiểm tra ."));
  }

  @Test
  void capitalizedSentenceStartsKeepKnownWords() {
    assertEquals(List.of("Cán bộ", "phải", "gương mẫu", "."), segment("Cán bộ phải gương mẫu ."));
    assertEquals(List.of("Ủy ban", "tỉnh", "tổ chức", "hội nghị", "tổng kết", "công tác", "năm"),
        segment("Ủy ban tỉnh tổ chức hội nghị tổng kết công tác năm"));
    assertEquals(List.of("Đảng viên", "phải", "học tập", "nghị quyết", "."),
        segment("Đảng viên phải học tập nghị quyết ."));
  }

  @Test
  void toneVariantsAndDecomposedInputSegmentAlike() {
    List<String> a = segment("Hòa bình là khát vọng của nhân dân");
    List<String> b = segment("Hoà bình là khát vọng của nhân dân");
    List<String> c = segment(Normalizer.normalize("Hoà bình là khát vọng của nhân dân",
        Normalizer.Form.NFD));
    assertEquals(List.of("Hòa bình", "là", "khát vọng", "của", "nhân dân"), a);
    assertEquals(a.size(), b.size());
    assertEquals(a.size(), c.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).split(" ").length, b.get(i).split(" ").length);
      assertEquals(a.get(i).split(" ").length, c.get(i).split(" ").length);
    }
  }

  @Test
  void segmentsRawTextWithOffsets() {
    String text = "Cán bộ, đảng viên  phải gương mẫu (Chỉ thị 21-CT/TU).";
    List<io.github.vietcat.word.Word> words = segmenter.segment(text);
    assertEquals(List.of("Cán bộ", ",", "đảng viên", "phải", "gương mẫu", "(", "Chỉ thị",
            "21-CT/TU", ")", "."),
        words.stream().map(io.github.vietcat.word.Word::text).toList());
    for (io.github.vietcat.word.Word w : words) {
      assertEquals(text.substring(w.start(), w.end()), w.text());
    }
    assertEquals(io.github.vietcat.token.TokenType.DOCUMENT_CODE, words.get(7).type());
  }

  @Test
  void luceneFactoryDefaultsToWordsWithTheShippedModel() throws IOException {
    org.apache.lucene.analysis.Tokenizer tokenizer =
        org.apache.lucene.analysis.TokenizerFactory.forName("vietnamese", new java.util.HashMap<>())
            .create();
    tokenizer.setReader(new java.io.StringReader("Cán bộ phải gương mẫu."));
    org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
        tokenizer.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
    tokenizer.reset();
    List<String> terms = new java.util.ArrayList<>();
    while (tokenizer.incrementToken()) {
      terms.add(term.toString());
    }
    tokenizer.end();
    tokenizer.close();
    assertEquals(List.of("Cán bộ", "phải", "gương mẫu"), terms);
  }

  @Test
  void metadataRecordsTheShippedFile() throws IOException {
    Properties metadata = new Properties();
    try (InputStream in = getClass().getResourceAsStream(
        "/io/github/vietcat/models/word-segmenter.properties")) {
      assertNotNull(in, "word-segmenter.properties is missing");
      metadata.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] model;
    try (InputStream in =
        getClass().getResourceAsStream("/" + WordSegmenter.DEFAULT_MODEL_RESOURCE)) {
      assertNotNull(in);
      model = in.readAllBytes();
    }
    assertEquals(metadata.getProperty("model.sha256"), BuildWordSegmenterModel.sha256(model));
    assertEquals(String.valueOf(model.length), metadata.getProperty("model.bytes"));
    assertTrue(metadata.getProperty("licence").contains("CC BY-SA 4.0"));
    assertTrue(Double.parseDouble(
        metadata.getProperty("evaluation.ud-vtb-test.gold-syllables.f1")) >= 97.5);
  }
}

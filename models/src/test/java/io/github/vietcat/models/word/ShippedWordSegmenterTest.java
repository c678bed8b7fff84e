package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
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
  void segmentsNewsPhrases() {
    // "mạng xã hội" is left out on purpose: neither UD VTB nor the silver word list has it as one
    // word, so the model splits it [mạng] [xã hội] (see README, "Word segmentation").
    assertEquals(List.of("cán bộ", ",", "đảng viên", "phải", "gương mẫu", "trong", "công tác"),
        segment("cán bộ , đảng viên phải gương mẫu trong công tác"));
    assertEquals(List.of("Ủy ban nhân dân", "tỉnh", "tổ chức", "hội nghị", "tổng kết", "."),
        segment("Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết ."));
  }

  @Test
  void capitalizedSentenceStartsKeepKnownWords() {
    assertEquals(List.of("Cán bộ", "phải", "gương mẫu", "."), segment("Cán bộ phải gương mẫu ."));
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
  void metadataRecordsTheShippedFile() throws IOException {
    Properties metadata = new Properties();
    try (InputStream in = getClass().getResourceAsStream(
        "/io/github/vietcat/models/word-segmenter.properties")) {
      assertNotNull(in, "word-segmenter.properties is missing");
      metadata.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] model;
    try (InputStream in = getClass().getResourceAsStream("/" + WordSegmenter.DEFAULT_MODEL_RESOURCE)) {
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

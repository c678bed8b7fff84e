package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compound splitting on the shipped model, on sentences written for these tests. */
class ShippedCompoundSplittingTest {

  private static WordSegmenter plain;
  private static WordSegmenter splitting;

  @BeforeAll
  static void load() {
    plain = WordSegmenter.loadDefault();
    splitting = plain.withCompoundSplitting(true);
  }

  private static List<String> words(WordSegmenter segmenter, String text) {
    return segmenter.segment(text).stream().map(Word::text).toList();
  }

  @Test
  void theModelGluesPartyCommitteesToTheVerbAndSplittingUndoesIt() {
    // What the model alone does (the defect of issue 9).
    assertEquals(List.of("Tỉnh ủy ban hành", "chỉ thị", "mới", "."),
        words(plain, "Tỉnh ủy ban hành chỉ thị mới."));
    assertEquals(List.of("Tỉnh ủy", "ban hành", "chỉ thị", "mới", "."),
        words(splitting, "Tỉnh ủy ban hành chỉ thị mới."));
    assertEquals(List.of("Thành ủy", "ban hành", "kế hoạch", "."),
        words(splitting, "Thành ủy ban hành kế hoạch."));
    assertEquals(List.of("Ban", "Thường vụ", "Tỉnh uỷ", "ban hành", "."),
        words(splitting, "Ban Thường vụ Tỉnh uỷ ban hành."));
    assertEquals(List.of("Thành", "ủy", "ban", "hành"),
        splitting.segmentSyllables(Arrays.asList("Thành", "ủy", "ban", "hành")).stream()
            .flatMap(w -> Arrays.stream(w.split(" "))).toList());
    assertEquals(List.of("Thành ủy", "ban hành"),
        splitting.segmentSyllables(Arrays.asList("Thành", "ủy", "ban", "hành")));
  }

  @Test
  void knownWordsAndWhatTheModelAlreadySplitsStayAsTheyWere() {
    for (String text : List.of("Ủy ban nhân dân tỉnh ban hành quyết định.",
        "Huyện ủy ban hành nghị quyết.", "Cán bộ phải gương mẫu trên mạng xã hội.",
        "Đồng chí Nguyễn Văn An phát biểu tại hội nghị.")) {
      assertEquals(words(plain, text), words(splitting, text), text);
    }
  }

  @Test
  void userDictionaryWordsAreNeverSplitAndTheSettingSurvivesIt() throws IOException {
    WordSegmenter withWords =
        splitting.withUserDictionary(new StringReader("tỉnh ủy ban hành\n"));
    assertTrue(withWords.splitsCompounds());
    assertEquals(List.of("Tỉnh ủy ban hành", "chỉ thị", "."),
        words(withWords, "Tỉnh ủy ban hành chỉ thị."));
    assertFalse(plain.splitsCompounds());
    assertSame(splitting, splitting.withCompoundSplitting(true));
  }
}

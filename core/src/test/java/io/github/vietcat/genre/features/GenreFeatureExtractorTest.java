package io.github.vietcat.genre.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenreFeatureExtractorTest {

  private static final FeatureSet ALL = new FeatureSet(
      FeatureSet.Units.SYLLABLES, 2, true, 1, true, false, 0, FeatureSet.Weighting.BINARY);

  @Test
  void syllableNgramsTitleLeadAndTypes() {
    List<String> features = new GenreFeatureExtractor(ALL).extract(
        "Tỉnh ủy ban hành Chỉ thị 21-CT/TU", "Ngày 31/10, 100% cán bộ họp. Hòa bình.");
    assertEquals(List.of(
        "tỉnh", "tỉnh uỷ", "uỷ", "uỷ ban", "ban", "ban hành", "hành", "hành chỉ", "chỉ",
        "chỉ thị", "thị", "thị <code>", "<code>",
        "ngày", "ngày <date>", "<date>", "<pct>", "<pct> cán", "cán", "cán bộ", "bộ", "bộ họp",
        "họp", "hoà", "hoà bình", "bình",
        "T:tỉnh", "T:tỉnh uỷ", "T:uỷ", "T:uỷ ban", "T:ban", "T:ban hành", "T:hành",
        "T:hành chỉ", "T:chỉ", "T:chỉ thị", "T:thị", "T:thị <code>", "T:<code>",
        "L:ngày", "L:ngày <date>", "L:<date>", "L:<pct>", "L:<pct> cán", "L:cán", "L:cán bộ",
        "L:bộ", "L:bộ họp", "L:họp",
        "T:TYPE:DOCUMENT_CODE", "T:CODE:CT", "TYPE:DATE", "TYPE:PERCENT"), features);
  }

  @Test
  void toneMarkPlacementAndDecompositionDoNotMatter() {
    GenreFeatureExtractor extractor = new GenreFeatureExtractor(ALL);
    assertEquals(extractor.extract("", "Hoà bình, khoá học."),
        extractor.extract("", "Hòa bình, khóa học."));
    assertEquals(extractor.extract("", "Hòa bình."),
        extractor.extract("", java.text.Normalizer.normalize("Hòa bình.",
            java.text.Normalizer.Form.NFD)));
  }

  @Test
  void plainUnitsMirrorTheBaseline() {
    assertEquals(List.of("chỉ", "chỉ thị", "thị", "thị số", "số", "số ngày", "ngày", "ngày 31",
            "31", "31 10", "10", "10 cán", "cán", "cán bộ", "bộ", "bộ họp", "họp"),
        new GenreFeatureExtractor(FeatureSet.BASELINE).extract("Chỉ thị số 5",
            "Ngày 31/10, cán bộ họp."));
  }

  @Test
  void bodyIsCutAtAWordBoundary() {
    FeatureSet cut = new FeatureSet(
        FeatureSet.Units.SYLLABLES, 1, false, 0, false, false, 12, FeatureSet.Weighting.BINARY);
    assertEquals(List.of("cán", "bộ", "đảng"),
        new GenreFeatureExtractor(cut).extract("", "cán bộ đảng viên họp"));
  }

  @Test
  void cueGroupsOfTitleLeadAndBody() {
    FeatureSet cues = new FeatureSet(FeatureSet.Units.SYLLABLES, 1, false, 1, false, false, 0,
        FeatureSet.Weighting.BINARY, 1);
    List<String> features = new GenreFeatureExtractor(cues).extract("Tỉnh ủy ban hành chỉ thị",
        "Sáng 2/3, xã tổ chức lớp tập huấn. Học viên phát biểu; học viên khác phát biểu.");
    List<String> cueFeatures = features.stream().filter(f -> f.contains("CUE:")).toList();
    assertEquals(List.of(
        "T:CUE:DOCUMENT", "T:CUE:ISSUE", "T:CUE:ISSUED_DOCUMENT",
        "L:CUE:DATED_EVENT", "L:CUE:ORGANISE", "L:CUE:TRAINING",
        "L:CUE:TRAINING_EVENT", "L:CUE:WHEN",
        "CUE:DATED_EVENT", "CUE:ORGANISE", "CUE:ROLE", "CUE:ROLE:2+", "CUE:TRAINING",
        "CUE:TRAINING:2+", "CUE:TRAINING:4+", "CUE:TRAINING_EVENT", "CUE:WHEN",
        "L:CUE:OPEN_DATE"), cueFeatures);
  }

  @Test
  void cuesMatchWholeSyllablesWithinAClause() {
    FeatureSet cues = new FeatureSet(FeatureSet.Units.SYLLABLES, 1, false, 0, false, false, 0,
        FeatureSet.Weighting.BINARY, 1);
    // "hội" then "nghị" across a comma is not the meeting noun "hội nghị".
    GenreFeatureExtractor extractor = new GenreFeatureExtractor(cues);
    assertEquals(List.of(), extractor.extract("", "Xã hội, nghị lực.").stream()
        .filter(f -> f.contains("CUE:")).toList());
    assertEquals(List.of("CUE:MEETING"), extractor.extract("", "Xã hội nghị lực.").stream()
        .filter(f -> f.contains("CUE:")).toList());
    // The longest expression wins: a thematic Party-cell session is a meeting, and its last two
    // syllables are not matched again.
    assertEquals(List.of("CUE:MEETING"), extractor.extract("", "Chi bộ sinh hoạt chuyên đề.")
        .stream().filter(f -> f.contains("CUE:")).toList());
  }

  @Test
  void emptyInputHasNoFeatures() {
    assertEquals(List.of(), new GenreFeatureExtractor(ALL).extract("", ""));
    assertEquals(List.of(), new GenreFeatureExtractor(ALL).extract(" \n ", "\t"));
  }

  @Test
  void describesFeaturesInWords() {
    assertEquals("title has \"chỉ thị\"", GenreFeatureExtractor.describe("T:chỉ thị"));
    assertEquals("lead has \"tổ chức\"", GenreFeatureExtractor.describe("L:tổ chức"));
    assertEquals("text has \"học viên\"", GenreFeatureExtractor.describe("học viên"));
    assertEquals("title has a document code",
        GenreFeatureExtractor.describe("T:TYPE:DOCUMENT_CODE"));
    assertEquals("text cites a document coded KH", GenreFeatureExtractor.describe("CODE:KH"));
    assertEquals("text has several of type percent", GenreFeatureExtractor.describe("MANY:PERCENT"));
  }
}

package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreTrainer.Learner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenreClassifierTest {

  private static final GenreClassifier SVM = GenreFixtures.tinyModel(Learner.LINEAR_SVM);
  private static final GenreClassifier MAXENT = GenreFixtures.tinyModel(Learner.MAXENT);

  @TempDir Path tmp;

  @Test
  void classifiesHeldOutItemsWithEveryLearner() {
    for (GenreClassifier classifier : List.of(SVM, MAXENT)) {
      for (GenreSample s : GenreFixtures.heldOut()) {
        GenreResult r = classifier.classify(s.title(), s.body());
        assertEquals(s.label(), r.label(), classifier.description() + " on " + s.title());
        assertEquals(Optional.of(Genre.valueOf(s.label())), r.genre());
        assertFalse(r.fallback());
      }
    }
  }

  @Test
  void evidenceNamesTheWordsThatFiredWithTheirOffsets() {
    String title = "Tỉnh ủy ban hành Chỉ thị về phòng cháy rừng";
    String body = "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 08-CT/TU, yêu cầu các huyện "
        + "tăng cường tuần tra, nghiêm cấm đốt nương.";
    GenreResult r = SVM.classify(title, body);
    assertEquals("DIRECTIVE", r.label());
    boolean located = false;
    for (Evidence e : r.evidence()) {
      for (Evidence.Match m : e.matches()) {
        String source = m.part() == Evidence.Part.TITLE ? title : body;
        assertEquals(source.substring(m.start(), m.end()), m.text(), e.feature());
        located = true;
      }
      if (e.feature().startsWith("T:") && !e.feature().contains("CUE")) {
        assertTrue(e.matches().stream().allMatch(m -> m.part() == Evidence.Part.TITLE));
      }
    }
    assertTrue(located, "some evidence names words: " + r.evidence());
  }

  @Test
  void locatesCueExpressionsAndTypedTokens() {
    String body = "UBND huyện yêu cầu các xã báo cáo trước ngày 30/6, theo Kế hoạch 12/KH-UBND.";
    List<io.github.vietcat.token.Token> tokens =
        new io.github.vietcat.token.SyllableTokenizer().tokenize(body);
    List<int[]> date = io.github.vietcat.genre.features.GenreFeatureExtractor
        .locate("TYPE:DATE", tokens);
    assertEquals(1, date.size());
    assertEquals("30/6", body.substring(tokens.get(date.get(0)[0]).start(),
        tokens.get(date.get(0)[1] - 1).end()));
    List<int[]> bigram = io.github.vietcat.genre.features.GenreFeatureExtractor
        .locate("L:yêu cầu", tokens);
    assertEquals(1, bigram.size());
    assertEquals(11, tokens.get(bigram.get(0)[0]).start());
    assertEquals(18, tokens.get(bigram.get(0)[1] - 1).end());
    List<int[]> cue = io.github.vietcat.genre.features.GenreFeatureExtractor
        .locate("CUE:INSTRUCT", tokens);
    assertEquals("yêu cầu", body.substring(tokens.get(cue.get(0)[0]).start(),
        tokens.get(cue.get(0)[1] - 1).end()));
  }

  @Test
  void resultHasDistributionAndEvidence() {
    GenreSample s = GenreFixtures.heldOut().get(0);
    GenreResult r = SVM.classify(s.title(), s.body());
    assertEquals(List.of("DIRECTIVE", "MEETING_SUMMARY", "OTHER", "TRAINING_REPORT"),
        SVM.labels());
    assertEquals(4, r.probabilities().size());
    assertEquals(1.0, r.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(),
        1e-9);
    assertEquals("DIRECTIVE", r.probabilities().keySet().iterator().next());
    assertEquals(r.probability(), r.probabilities().get("DIRECTIVE"), 0.0);
    assertFalse(r.evidence().isEmpty());
    assertTrue(r.evidence().size() <= 5);
    for (int i = 1; i < r.evidence().size(); i++) {
      assertTrue(r.evidence().get(i - 1).weight() >= r.evidence().get(i).weight());
    }
    assertTrue(r.evidence().stream().allMatch(e -> e.weight() > 0 && !e.description().isBlank()));
    assertThrows(UnsupportedOperationException.class, () -> r.probabilities().put("X", 1.0));
  }

  @Test
  void wholeTextTakesFirstLineAsTitle() {
    GenreSample s = GenreFixtures.heldOut().get(2);
    GenreResult whole = SVM.classify("\n  " + s.title() + "\n\n" + s.body() + "\n");
    assertEquals(SVM.classify(s.title(), s.body()).probabilities(), whole.probabilities());
  }

  @Test
  void inputWithoutVietnameseGetsFallbackWithLowConfidence() {
    for (String text : List.of("", "   \n\t ", "12345 6789 !!!",
        "The provincial committee issued a directive on digital transformation.",
        "Le comité a publié une directive sur la transformation numérique de la région.")) {
      GenreResult r = SVM.classify(text);
      assertEquals("OTHER", r.label(), text);
      assertTrue(r.fallback());
      assertTrue(r.lowConfidence());
      assertEquals(0.25, r.probability(), 1e-12);
      assertTrue(r.evidence().isEmpty());
      assertEquals(4, r.probabilities().size());
    }
  }

  @Test
  void decomposedUnicodeGivesTheSameAnswer() {
    GenreSample s = GenreFixtures.heldOut().get(1);
    String nfd = java.text.Normalizer.normalize(s.body(), java.text.Normalizer.Form.NFD);
    assertEquals(SVM.classify(s.title(), s.body()).label(), SVM.classify(s.title(), nfd).label());
  }

  @Test
  void htmlHugeAndBinaryInputGetAnAnswer() {
    GenreSample s = GenreFixtures.heldOut().get(0);
    GenreResult html = SVM.classify("<html><body><h1>" + s.title() + "</h1><p>" + s.body()
        + "</p><div>Tin khác</div></body></html>");
    assertEquals("DIRECTIVE", html.label());
    String huge = (s.title() + "\n" + s.body() + "\n").repeat(2_000);
    assertEquals("DIRECTIVE", SVM.classify(huge).label());
    StringBuilder binary = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 5_000; i++) {
      binary.append((char) random.nextInt(0x3000));
    }
    GenreResult noise = SVM.classify(binary.toString());
    assertEquals(4, noise.probabilities().size());
    assertEquals(1.0, noise.probabilities().values().stream().mapToDouble(Double::doubleValue)
        .sum(), 1e-9);
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> SVM.classify(null));
    assertThrows(NullPointerException.class, () -> SVM.classify(null, "x"));
    assertThrows(NullPointerException.class, () -> SVM.classify("x", null));
  }

  @Test
  void saveAndLoadGiveTheSameModel() throws IOException {
    Path file = tmp.resolve("tiny.bin");
    SVM.save(file);
    GenreClassifier loaded = GenreClassifier.load(file);
    assertEquals(SVM.labels(), loaded.labels());
    assertEquals(SVM.featureSet(), loaded.featureSet());
    assertEquals(SVM.description(), loaded.description());
    for (GenreSample s : GenreFixtures.heldOut()) {
      assertEquals(SVM.classify(s.title(), s.body()), loaded.classify(s.title(), s.body()));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    loaded.save(again);
    assertArrayEquals(Files.readAllBytes(file), again.toByteArray());
    GenreClassifier fromStream =
        GenreClassifier.load(new ByteArrayInputStream(again.toByteArray()));
    assertEquals(SVM.featureCount(), fromStream.featureCount());
  }

  @Test
  void combinedModelAddsTheWeightedLogScoresOfItsParts() throws IOException {
    GenreClassifier baseline = GenreTrainer.train(GenreFixtures.training(),
        GenreTrainer.Parameters.baseline());
    GenreClassifier combined = GenreClassifier.combine(List.of(SVM, baseline), List.of(0.7, 0.3));
    assertEquals(SVM.featureCount() + baseline.featureCount(), combined.featureCount());
    assertEquals(SVM.featureSet(), combined.featureSet());
    for (GenreSample s : GenreFixtures.heldOut()) {
      GenreResult a = SVM.classify(s.title(), s.body());
      GenreResult b = baseline.classify(s.title(), s.body());
      GenreResult c = combined.classify(s.title(), s.body());
      // Product of experts: p(label) is proportional to pa^0.7 * pb^0.3.
      double z = 0;
      for (String label : combined.labels()) {
        z += Math.pow(a.probabilities().get(label), 0.7) * Math.pow(b.probabilities().get(label), 0.3);
      }
      for (String label : combined.labels()) {
        double expected = Math.pow(a.probabilities().get(label), 0.7)
            * Math.pow(b.probabilities().get(label), 0.3) / z;
        assertEquals(expected, c.probabilities().get(label), 1e-9, label);
      }
      assertEquals(s.label(), c.label());
      // The evidence comes from the first part.
      assertEquals(a.evidence().stream().map(Evidence::feature).toList(),
          c.evidence().stream().map(Evidence::feature).toList());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    combined.save(bytes);
    GenreClassifier loaded = GenreClassifier.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(combined.description(), loaded.description());
    for (GenreSample s : GenreFixtures.heldOut()) {
      assertEquals(combined.classify(s.title(), s.body()), loaded.classify(s.title(), s.body()));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    loaded.save(again);
    assertArrayEquals(bytes.toByteArray(), again.toByteArray());
  }

  @Test
  void aGatedPartSitsOutForShortBodies() throws IOException {
    GenreClassifier baseline = GenreTrainer.train(GenreFixtures.training(),
        GenreTrainer.Parameters.baseline());
    // The fixtures' bodies are short: with a minimum of 10,000 chars the second part never
    // counts, and the combined model answers as the first part alone.
    GenreClassifier gated = GenreClassifier.combine(List.of(SVM, baseline), List.of(0.7, 0.3),
        List.of(0, 10_000));
    GenreClassifier always = GenreClassifier.combine(List.of(SVM, baseline), List.of(0.7, 0.3),
        List.of(0, 0));
    boolean differs = false;
    for (GenreSample s : GenreFixtures.heldOut()) {
      GenreResult alone = SVM.classify(s.title(), s.body());
      GenreResult g = gated.classify(s.title(), s.body());
      for (String label : SVM.labels()) {
        assertEquals(alone.probabilities().get(label), g.probabilities().get(label), 1e-9);
      }
      differs |= !always.classify(s.title(), s.body()).probabilities()
          .equals(g.probabilities());
    }
    assertTrue(differs, "without the gate the second part changes the probabilities");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    gated.save(bytes);
    GenreClassifier loaded = GenreClassifier.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(gated.description(), loaded.description());
    assertTrue(loaded.description().contains("bodies over 10000 chars"), loaded.description());
    assertThrows(IllegalArgumentException.class, () -> GenreClassifier.combine(
        List.of(SVM, baseline), List.of(0.7, 0.3), List.of(5, 0)));
  }

  @Test
  void labelOffsetsMoveTheDecisionAndSurviveSaving() throws IOException {
    GenreSample item = GenreFixtures.heldOut().get(0);
    GenreResult plain = SVM.classify(item.title(), item.body());
    String other = SVM.labels().stream().filter(l -> !l.equals(plain.label())).findFirst()
        .orElseThrow();
    GenreClassifier shifted = SVM.withLabelOffsets(java.util.Map.of(other, 50.0));
    assertEquals(other, shifted.classify(item.title(), item.body()).label());
    assertEquals(50.0, shifted.labelOffsets().get(other));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    shifted.save(bytes);
    GenreClassifier loaded = GenreClassifier.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(shifted.classify(item.title(), item.body()),
        loaded.classify(item.title(), item.body()));
    // Offsets of zero give back the plain model, bytes and all.
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    SVM.save(original);
    ByteArrayOutputStream cleared = new ByteArrayOutputStream();
    shifted.withLabelOffsets(java.util.Map.of()).save(cleared);
    assertArrayEquals(original.toByteArray(), cleared.toByteArray());
    assertThrows(IllegalArgumentException.class,
        () -> SVM.withLabelOffsets(java.util.Map.of("NO_SUCH_LABEL", 1.0)));
    assertThrows(IllegalArgumentException.class,
        () -> SVM.withLabelOffsets(java.util.Map.of(other, Double.NaN)));
    assertThrows(IllegalArgumentException.class,
        () -> GenreClassifier.combine(List.of(SVM, SVM), List.of(1.0, 0.0)));
  }

  @Test
  void wrongOrCorruptModelFilesGiveClearErrors() throws IOException {
    Path text = tmp.resolve("notes.txt");
    Files.writeString(text, "not a model", StandardCharsets.UTF_8);
    IOException notGzip = assertThrows(IOException.class, () -> GenreClassifier.load(text));
    assertTrue(notGzip.getMessage().contains(text.toString()), notGzip.getMessage());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SVM.save(bytes);
    Path truncated = tmp.resolve("truncated.bin");
    Files.write(truncated, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
    IOException cut = assertThrows(IOException.class, () -> GenreClassifier.load(truncated));
    assertTrue(cut.getMessage().contains(truncated.toString()), cut.getMessage());

    Path other = tmp.resolve("other.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(other))) {
      new java.io.DataOutputStream(out).writeUTF("some other format");
    }
    IOException wrong = assertThrows(IOException.class, () -> GenreClassifier.load(other));
    assertEquals("not a vietcat genre model: " + other, wrong.getMessage());

    assertThrows(java.nio.file.NoSuchFileException.class,
        () -> GenreClassifier.load(tmp.resolve("missing.bin")));

    // A combined model (format 2) cut anywhere gives an IOException naming the file.
    GenreClassifier combined = GenreClassifier.combine(List.of(SVM, MAXENT), List.of(0.5, 0.5));
    ByteArrayOutputStream combinedBytes = new ByteArrayOutputStream();
    combined.save(combinedBytes);
    byte[] raw = combinedBytes.toByteArray();
    for (int length : new int[] {raw.length / 4, raw.length / 2, raw.length - 30}) {
      Path part = tmp.resolve("combined-" + length + ".bin");
      Files.write(part, Arrays.copyOf(raw, length));
      IOException e = assertThrows(IOException.class, () -> GenreClassifier.load(part));
      assertTrue(e.getMessage().contains(part.toString()), e.getMessage());
    }
  }

  @Test
  void loadDefaultNamesTheMissingResource() {
    // The core module's tests do not have the models artifact on the classpath.
    IllegalStateException e =
        assertThrows(IllegalStateException.class, GenreClassifier::loadDefault);
    assertTrue(e.getMessage().contains(GenreClassifier.DEFAULT_MODEL_RESOURCE), e.getMessage());
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<GenreSample> items = GenreFixtures.training();
    List<GenreResult> expected = items.stream().map(s -> SVM.classify(s.title(), s.body())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<GenreResult>>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(
            () -> items.stream().map(s -> SVM.classify(s.title(), s.body())).toList()));
      }
      for (Future<List<GenreResult>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}

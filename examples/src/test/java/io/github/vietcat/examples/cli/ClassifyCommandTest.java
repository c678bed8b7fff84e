package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.vietcat.examples.Samples;
import io.github.vietcat.genre.GenreClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  /**
   * Samples whose expected label (examples/samples/LABELS.tsv) the shipped model gives with a
   * probability of 0.9 or more, so that their labels are asserted exactly. Left out:
   * khong-khi-lanh.txt, a weather forecast, right (OTHER) but at 0.73 with DIRECTIVE at 0.25 (its
   * advice to farmers reads like instructions), close enough to the boundary to flip when the
   * model is retrained.
   */
  static final Set<String> ROBUST = Set.of(
      "be-giang-lop-boi-duong-ket-nap-dang.txt", "chi-thi-phong-chay-rung.txt",
      "cong-dien-ung-pho-bao.txt", "hoi-nghi-ban-chap-hanh-huyen.txt",
      "ke-hoach-chuyen-doi-so.txt", "ket-qua-hai-nam-thuc-hien-chi-thi.txt",
      "le-hoi-dua-thuyen.txt", "sinh-hoat-chuyen-de-chi-bo.txt", "tai-nan-giao-thong.txt",
      "tap-huan-bao-cao-vien.txt", "tiep-xuc-cu-tri.txt", "xuat-khau-nong-san.txt");

  private static final List<String> LABELS =
      List.of("DIRECTIVE", "MEETING_SUMMARY", "OTHER", "TRAINING_REPORT");

  @TempDir Path dir;

  private static String samplePath(String file) {
    return Samples.FOLDER.resolve(file).toString();
  }

  @Test
  void textFormatGivesLabelConfidenceAndFileInSortedOrder() {
    CliRun run = CliRun.run("classify", Samples.FOLDER.toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> expected = Samples.expectedLabels();
    String[] lines = run.out().split("\n");
    List<String> sorted = expected.keySet().stream().sorted().toList();
    assertEquals(sorted.size(), lines.length, run.out());
    for (int i = 0; i < lines.length; i++) {
      String file = sorted.get(i);
      String[] columns = lines[i].split(" +", 3);
      assertTrue(columns[2].startsWith(samplePath(file)), lines[i]);
      assertTrue(columns[1].matches("[01]\\.\\d\\d"), lines[i]);
      if (ROBUST.contains(file)) {
        assertEquals(expected.get(file), columns[0], lines[i]);
      }
    }
    assertEquals("", run.err());
  }

  @Test
  void jsonFormatGivesOneObjectALineWithProbabilitiesOfEveryLabel() {
    CliRun run = CliRun.run("classify", "--format", "json", Samples.FOLDER.toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> expected = Samples.expectedLabels();
    String[] lines = run.out().split("\n");
    assertEquals(expected.size(), lines.length);
    for (String line : lines) {
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      assertEquals(Set.of("source", "label", "confidence", "probabilities"), o.keySet(), line);
      String file = Path.of(o.get("source").getAsString()).getFileName().toString();
      JsonObject p = o.getAsJsonObject("probabilities");
      assertEquals(new TreeSet<>(LABELS), new TreeSet<>(p.keySet()), line);
      double sum = p.entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).sum();
      assertEquals(1.0, sum, 0.001, line);
      assertEquals(p.get(o.get("label").getAsString()).getAsDouble(),
          o.get("confidence").getAsDouble(), 1e-9, line);
      if (ROBUST.contains(file)) {
        assertEquals(expected.get(file), o.get("label").getAsString(), line);
      }
    }
  }

  @Test
  void explainAddsTheEvidence() {
    String file = samplePath("chi-thi-phong-chay-rung.txt");
    CliRun json = CliRun.run("classify", "--format", "json", "--explain", file);
    assertEquals(0, json.exitCode(), json.err());
    JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
    assertTrue(o.getAsJsonArray("evidence").size() > 0, json.out());
    JsonObject first = o.getAsJsonArray("evidence").get(0).getAsJsonObject();
    assertEquals(Set.of("feature", "description", "weight", "matches"), first.keySet());

    CliRun text = CliRun.run("classify", "--explain", file);
    String[] lines = text.out().split("\n");
    assertTrue(lines[1].startsWith("    probabilities: "), text.out());
    assertTrue(lines[2].matches("    [+-]\\d+\\.\\d\\d  .+"), text.out());
  }

  @Test
  void tsvFormatHasAHeaderAndOneRowPerItem() {
    CliRun run = CliRun.run("classify", "--format", "tsv", "--explain",
        samplePath("tai-nan-giao-thong.txt"), samplePath("tiep-xuc-cu-tri.txt"));
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length);
    List<String> header = List.of(lines[0].split("\t"));
    assertEquals(List.of("source", "label", "confidence"), header.subList(0, 3));
    assertEquals(new TreeSet<>(LABELS), new TreeSet<>(header.subList(3, 7)));
    assertEquals("evidence", header.get(7));
    assertEquals(8, lines[1].split("\t").length);
    assertTrue(lines[1].startsWith(samplePath("tai-nan-giao-thong.txt") + "\t"), lines[1]);
  }

  @Test
  void standardInputIsOneItem() throws IOException {
    String text = Files.readString(Samples.FOLDER.resolve("ke-hoach-chuyen-doi-so.txt"));
    CliRun run = CliRun.runWithStdin(text, "classify", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals("<stdin>", o.get("source").getAsString());
    CliRun file = CliRun.run("classify", "--format", "json",
        samplePath("ke-hoach-chuyen-doi-so.txt"));
    JsonObject same = JsonParser.parseString(file.out()).getAsJsonObject();
    assertEquals(same.get("label"), o.get("label"));
    assertEquals(same.get("probabilities"), o.get("probabilities"));
  }

  @Test
  void textWithoutVietnameseGetsTheFallbackAnswerFlagged() {
    CliRun run = CliRun.runWithStdin("   \n", "classify");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("  <stdin>  (no Vietnamese text)\n"), run.out());
  }

  @Test
  void progressBarGoesToStandardErrorOnly() {
    CliRun run = CliRun.run("classify", "--progress", "always", Samples.FOLDER.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("\r"), run.out());
    assertTrue(run.err().contains("] 13/13 files 100%"), run.err());
    CliRun quiet = CliRun.run("classify", "--progress", "never", Samples.FOLDER.toString());
    assertEquals("", quiet.err());
    assertEquals(run.out(), quiet.out());
  }

  @Test
  void missingModelFileIsBadInputNamingTheFile() {
    String model = dir.resolve("nope.bin").toString();
    CliRun run = CliRun.run("classify", "--model", model, samplePath("khong-khi-lanh.txt"));
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat classify: " + model + ": no such model file\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void corruptModelFileIsBadInputNamingTheFile() throws IOException {
    Path model = dir.resolve("corrupt.bin");
    Files.writeString(model, "not a model");
    CliRun run = CliRun.run("classify", "--model", model.toString(),
        samplePath("khong-khi-lanh.txt"));
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("vietcat classify: "), run.err());
    assertTrue(run.err().contains(model.toString()), run.err());
    assertEquals(1, run.err().split("\n").length, run.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.run("classify", "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Invalid value for option '--format'"), run.err());
  }

  @Test
  void theRobustSamplesAreRealSamples() {
    assertTrue(Samples.expectedLabels().keySet().containsAll(ROBUST));
    assertTrue(GenreClassifier.loadDefault().labels().containsAll(LABELS));
  }

  @Test
  void rawScrapedPagesAreClassifiedLikeTheArticle() throws IOException {
    // A web page made from a sample: menus, date line, counters and related links around it.
    List<String> lines = Files.readAllLines(Samples.FOLDER.resolve("cong-dien-ung-pho-bao.txt"));
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head>"
        + "<meta charset=\"utf-8\"><title>" + lines.get(0) + "</title></head><body>\n"
        + "<nav><a href=\"/\">Trang chủ</a> | <a href=\"/tin\">Tin tức</a></nav>\n"
        + "<div>Cập nhật ngày 08/09/2026 17:45</div>\n<h1>" + lines.get(0) + "</h1>\n");
    for (String paragraph : lines.subList(2, lines.size())) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(paragraph).append("</p>\n");
      }
    }
    html.append("<div>Lượt xem: 1.204</div>\n<h3>Tin khác</h3><ul><li><a href=\"/a\">"
        + "Khai mạc hội chợ nông sản</a></li></ul>\n<footer>Thống kê truy cập: 2.345.678"
        + "</footer></body></html>\n");
    Path page = dir.resolve("trang.html");
    Files.writeString(page, html);
    CliRun run = CliRun.run("classify", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("DIRECTIVE  "), run.out());
    assertTrue(run.out().endsWith("  " + page + "\n"), run.out());
  }
}

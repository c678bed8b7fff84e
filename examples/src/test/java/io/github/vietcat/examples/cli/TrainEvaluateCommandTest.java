package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.examples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} and {@code evaluate} on JSON Lines made from the samples. */
class TrainEvaluateCommandTest {

  @TempDir Path dir;

  private Path jsonl;

  /** Writes the samples as JSON Lines: title, text, label, and an extra field to be ignored. */
  @BeforeEach
  void writeSamplesAsJsonLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> e : Samples.expectedLabels().entrySet()) {
      String text = Files.readString(Samples.FOLDER.resolve(e.getKey()));
      int split = text.indexOf("\n\n");
      lines.add(new JsonWriter().beginObject()
          .name("id").value(e.getKey())
          .name("title").value(text.substring(0, split))
          .name("text").value(text.substring(split + 2))
          .name("label").value(e.getValue())
          .endObject().toString());
    }
    jsonl = dir.resolve("samples.jsonl");
    Files.write(jsonl, lines);
  }

  @Test
  void trainsAModelThatClassifyAndEvaluateCanUse() throws IOException {
    Path model = dir.resolve("out/model.bin");
    CliRun train = CliRun.run("train", "--output", model.toString(), jsonl.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(Files.size(model) > 0);
    String[] lines = train.out().split("\n");
    assertTrue(lines[0].startsWith("trained on 13 items in "), train.out());
    assertTrue(lines[0].endsWith(
        "{DIRECTIVE=3, MEETING_SUMMARY=3, OTHER=4, TRAINING_REPORT=3}"), train.out());
    assertEquals("wrote " + model + " (", lines[2].substring(0, lines[2].indexOf('(') + 1));

    CliRun classify = CliRun.run("classify", "--model", model.toString(),
        Samples.FOLDER.resolve("tai-nan-giao-thong.txt").toString());
    assertEquals(0, classify.exitCode(), classify.err());

    CliRun evaluate = CliRun.run("evaluate", "--model", model.toString(), jsonl.toString());
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    assertTrue(evaluate.out().startsWith("13 items, model " + model + "\n"), evaluate.out());
  }

  @Test
  void evaluatePrintsPerLabelScoresMacroF1AndTheConfusionMatrix() {
    CliRun run = CliRun.run("evaluate", jsonl.toString());
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("13 items, model shipped\n"), out);
    for (String label : List.of("DIRECTIVE", "TRAINING_REPORT", "MEETING_SUMMARY", "OTHER")) {
      assertTrue(out.contains("\n" + label + " "), out);
    }
    assertTrue(out.contains("macro-F1 "), out);
    assertTrue(out.contains("confusion"), out);
  }

  @Test
  void badLinesAreReportedWithTheirNumbersAndSkipped() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
    lines.add(1, "{\"text\": \"thiếu nhãn\"}");
    lines.add(2, "not json");
    lines.add(3, "[1, 2]");
    lines.add(4, "{\"label\": \"OTHER\", \"text\": 42}");
    lines.add(5, "");
    lines.add(6, "{label: \"OTHER\", text: \"lenient JSON is refused\"}");
    lines.add(7, "{\"label\": \"OTHER\", \"text\": \"a\"} trailing");
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, lines);
    CliRun run = CliRun.run("evaluate", bad.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    String[] err = run.err().split("\n");
    assertEquals("vietcat: " + bad + ":2: missing \"label\"", err[0]);
    assertTrue(err[1].startsWith("vietcat: " + bad + ":3: not valid JSON: "), err[1]);
    assertEquals("vietcat: " + bad + ":4: not a JSON object", err[2]);
    assertEquals("vietcat: " + bad + ":5: \"text\" is not a string", err[3]);
    assertTrue(err[4].startsWith("vietcat: " + bad + ":7: not valid JSON: "), err[4]);
    assertEquals("vietcat: " + bad + ":8: not valid JSON: text after the value", err[5]);
    assertEquals(6, err.length, run.err());
    assertTrue(run.out().startsWith("13 items, model shipped\n"), run.out());
  }

  @Test
  void trainingNeedsTwoLabels() throws IOException {
    Path one = dir.resolve("one.jsonl");
    Files.writeString(one, "{\"label\": \"OTHER\", \"text\": \"Trời nắng.\"}\n");
    CliRun run = CliRun.run("train", "-o", dir.resolve("m.bin").toString(), one.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat train: " + one + ": need items of at least two labels, found 1 valid "
        + "items with labels [OTHER]\n", run.err());
  }

  @Test
  void missingTrainingFileIsBadInput() {
    String missing = dir.resolve("missing.jsonl").toString();
    CliRun run =
        CliRun.run("train", "-o", dir.resolve("m.bin").toString(), missing, jsonl.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("vietcat: " + missing + ": cannot read: no such file"),
        run.err());
  }

  @Test
  void outputIsRequired() {
    CliRun run = CliRun.run("train", jsonl.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--output=MODEL'"), run.err());
  }

  @Test
  void aCostThatIsNotPositiveIsAOneLineUsageError() {
    for (String cost : List.of("-1", "0", "NaN", "Infinity")) {
      CliRun run = CliRun.run("train", "--cost", cost, "-o", dir.resolve("m.bin").toString(),
          jsonl.toString());
      assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
      String[] err = run.err().split("\n");
      assertEquals("vietcat train: --cost must be a finite number above 0, got "
          + Double.parseDouble(cost), err[0]);
      assertEquals("Try 'vietcat train --help' for more.", err[1]);
      assertEquals(2, err.length, run.err());
      assertTrue(Files.notExists(dir.resolve("m.bin")));
    }
  }

  @Test
  void aLineWithInvalidUtf8IsSkippedNotTheWholeFile() throws IOException {
    List<String> lines = Files.readAllLines(jsonl);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes((lines.get(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes("{\"label\": \"OTHER\", \"text\": \"Tr".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(0xEA); // a TCVN3-style byte: not valid UTF-8 here
    bytes.writeBytes("i\"}\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String line : lines.subList(1, lines.size())) {
      bytes.writeBytes((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path bad = dir.resolve("bad-byte.jsonl");
    Files.write(bad, bytes.toByteArray());
    CliRun run = CliRun.run("evaluate", bad.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat: " + bad + ":2: invalid UTF-8 at byte 31 of the line (byte 0xEA); "
        + "line skipped\n", run.err());
    assertTrue(run.out().startsWith("13 items, model shipped\n"), run.out());
  }

  @Test
  void aLabelDifferingOnlyInCaseIsCountedAsTheKnownLabelWithAWarning() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
    lines.add("{\"label\": \"other\", \"text\": \"Trời hôm nay nắng đẹp.\"}");
    lines.add("{\"label\": \"Other \", \"text\": \"Chợ phiên đông vui.\"}");
    Path mixed = dir.resolve("mixed.jsonl");
    Files.write(mixed, lines);
    Path model = dir.resolve("m.bin");
    CliRun train = CliRun.run("train", "-o", model.toString(), mixed.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(train.out().split("\n")[0].endsWith(
        "{DIRECTIVE=3, MEETING_SUMMARY=3, OTHER=6, TRAINING_REPORT=3}"), train.out());
    assertEquals("vietcat: warning: label \"other\" (1 items) differs from \"OTHER\" only in "
        + "letter case; counted as \"OTHER\" (labels are case-sensitive: fix the data to "
        + "silence this)\n"
        + "vietcat: warning: label \"Other\" (1 items) differs from \"OTHER\" only in "
        + "letter case; counted as \"OTHER\" (labels are case-sensitive: fix the data to "
        + "silence this)\n", train.err());
  }

  @Test
  void evaluateWarnsAboutLabelsTheModelDoesNotKnowAndScoresTheSharedOnes() throws IOException {
    // A model that knows only two of the four labels.
    List<String> two = Files.readAllLines(jsonl).stream()
        .filter(l -> l.contains("\"label\":\"OTHER\"") || l.contains("\"label\":\"DIRECTIVE\""))
        .toList();
    assertEquals(7, two.size());
    Path twoLabels = dir.resolve("two.jsonl");
    Files.write(twoLabels, two);
    Path model = dir.resolve("two.bin");
    assertEquals(0, CliRun.run("train", "-o", model.toString(), twoLabels.toString()).exitCode());

    CliRun run = CliRun.run("evaluate", "--model", model.toString(), jsonl.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("vietcat: warning: labels the model does not know: {MEETING_SUMMARY=3, "
        + "TRAINING_REPORT=3}; these 6 items are left out of the scores\n", run.err());
    String[] out = run.out().split("\n");
    assertEquals("7 items, model " + model, out[0]);
    assertTrue(out[2].startsWith("label "), run.out());
    assertTrue(out[3].startsWith("DIRECTIVE ") || out[3].startsWith("OTHER "), run.out());
    assertTrue(out[5].startsWith("macro-F1 "), run.out());

    // The shipped model (four labels) on the two-label data: labels without items are named.
    CliRun shipped = CliRun.run("evaluate", twoLabels.toString());
    assertEquals(0, shipped.exitCode(), shipped.err());
    assertEquals("vietcat: warning: model labels without items in the data: [MEETING_SUMMARY, "
        + "TRAINING_REPORT]; macro-F1 averages over the 2 labels that have items\n",
        shipped.err());
    assertTrue(shipped.out().contains("   (macro over the 2 labels with items)\n"),
        shipped.out());
  }

  @Test
  void evaluateWritesJsonAndTsv() {
    CliRun json = CliRun.run("evaluate", "--format", "json", jsonl.toString());
    assertEquals(0, json.exitCode(), json.err());
    String line = json.out();
    assertTrue(line.startsWith("{\"model\":\"shipped\",\"items\":13,\"accuracy\":"), line);
    assertTrue(line.contains(",\"labels\":[{\"label\":\""), line);
    assertTrue(line.endsWith("]]}\n"), line);
    assertEquals(1, line.split("\n").length);
    com.google.gson.JsonObject parsed =
        com.google.gson.JsonParser.parseString(line).getAsJsonObject();
    assertEquals(4, parsed.getAsJsonArray("labels").size());
    assertEquals(4, parsed.getAsJsonArray("confusion").size());
    int total = 0;
    for (var row : parsed.getAsJsonArray("confusion")) {
      for (var count : row.getAsJsonArray()) {
        total += count.getAsInt();
      }
    }
    assertEquals(13, total);

    CliRun tsv = CliRun.run("evaluate", "--format", "tsv", jsonl.toString());
    assertEquals(0, tsv.exitCode(), tsv.err());
    String[] rows = tsv.out().split("\n");
    assertEquals("label\tprecision\trecall\tf1\tsupport", rows[0]);
    assertEquals(6, rows.length, tsv.out());
    assertTrue(rows[5].startsWith("MACRO\t"), tsv.out());
    assertTrue(rows[5].endsWith("\t13"), tsv.out());
  }
}

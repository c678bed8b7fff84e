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
}

package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.vietcat.examples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCommandTest {

  // Written for this test; the names are made up.
  static final String MEETING = "Họp bàn phòng chống lũ\nSáng 3/11, tại thị xã Bình Long, Ban "
      + "Chỉ huy phòng chống thiên tai tỉnh tổ chức hội nghị trực tuyến về ứng phó lũ muộn.";

  @TempDir Path dir;

  private static JsonObject json(String line) {
    return JsonParser.parseString(line).getAsJsonObject();
  }

  /** Every span object in a facts tree must be the input's text at its offsets. */
  private static int checkSpans(JsonElement e, String input) {
    int count = 0;
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("start") && o.has("end") && o.has("text")) {
        assertEquals(o.get("text").getAsString(),
            input.substring(o.get("start").getAsInt(), o.get("end").getAsInt()), o.toString());
        count++;
      }
      for (String key : o.keySet()) {
        count += checkSpans(o.get(key), input);
      }
    } else if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        count += checkSpans(x, input);
      }
    }
    return count;
  }

  @Test
  void jsonForASampleFile() throws IOException {
    Path sample = Samples.FOLDER.resolve("chi-thi-phong-chay-rung.txt");
    CliRun run = CliRun.run("facts", "--format", "json", sample.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.outLines().length - 1, run.out());
    JsonObject o = json(run.outLines()[0]);
    assertEquals(sample.toString(), o.get("source").getAsString());
    assertEquals("DIRECTIVE", o.get("label").getAsString());
    assertTrue(o.get("confidence").getAsDouble() > 0.9);
    JsonObject facts = o.getAsJsonObject("facts");
    JsonObject directive = facts.getAsJsonObject("directive");
    assertEquals(json("{\"text\":\"18-CT/TU\",\"start\":135,\"end\":143}"),
        directive.get("doc_code"));
    assertEquals("Ban Thường vụ Tỉnh ủy Hòa Lâm",
        directive.getAsJsonObject("issuer").get("text").getAsString());
    assertTrue(directive.get("signer").isJsonNull());
    assertEquals("--04-15", directive.getAsJsonArray("deadlines").get(0).getAsJsonObject()
        .get("date").getAsString());
    assertTrue(facts.get("meeting").isJsonNull());
    assertEquals("18-CT/TU", facts.getAsJsonArray("documents").get(0).getAsJsonObject()
        .get("code").getAsString());
    String input = Files.readString(sample, StandardCharsets.UTF_8);
    assertTrue(checkSpans(facts, input) >= 8);
  }

  @Test
  void textForStandardInput() {
    CliRun run = CliRun.runWithStdin(MEETING, "facts");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.outLines();
    assertTrue(lines[0].startsWith("<stdin>  MEETING_SUMMARY  "), run.out());
    assertEquals("    meeting", lines[1]);
    assertEquals("      meeting_type hội nghị trực tuyến  [103-122]", lines[2]);
    assertEquals("      date         --11-03  (\"Sáng 3/11\" [23-32])", lines[3]);
    assertTrue(run.out().contains("      location     thị xã Bình Long  [38-54]\n"), run.out());
    assertTrue(run.out().contains("      topic        ứng phó lũ muộn  [126-141]\n"), run.out());
    assertEquals("hội nghị trực tuyến", MEETING.substring(103, 122));
    assertEquals("ứng phó lũ muộn", MEETING.substring(126, 141));
  }

  @Test
  void explainAndReferenceDate() {
    CliRun run = CliRun.runWithStdin(MEETING, "facts", "--format", "json", "--explain",
        "--reference-date", "2025-01-05");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject meeting = json(run.outLines()[0]).getAsJsonObject("facts")
        .getAsJsonObject("meeting");
    assertEquals("2024-11-03", meeting.get("date").getAsString());
    JsonObject type = meeting.getAsJsonObject("meeting_type");
    assertEquals("meeting-word", type.get("rule").getAsString());
    assertEquals("hội nghị trực tuyến", type.getAsJsonObject("cue").get("text").getAsString());
  }

  @Test
  void jsonLinesItemsAndABadLine() throws IOException {
    Path items = dir.resolve("items.jsonl");
    Files.writeString(items, "{\"id\":\"m-1\",\"title\":\"Họp bàn phòng chống lũ\",\"text\":"
        + "\"Sáng 3/11, tại thị xã Bình Long, Ban Chỉ huy phòng chống thiên tai tỉnh tổ chức "
        + "hội nghị trực tuyến về ứng phó lũ muộn.\"}\n{\"title\":\"x\"}\n"
        + "{\"text\":\"Trời nắng.\"}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("facts", "--format", "json", items.toString());
    assertEquals(1, run.exitCode(), run.err());
    String[] lines = run.outLines();
    assertEquals(3, lines.length, run.out());
    JsonObject first = json(lines[0]);
    assertEquals("m-1", first.get("source").getAsString());
    // offsets count in the title, a blank line and the text: one more than in MEETING
    assertEquals(json("{\"text\":\"thị xã Bình Long\",\"start\":39,\"end\":55}"),
        first.getAsJsonObject("facts").getAsJsonObject("meeting").get("location"));
    assertEquals(items + ":3", json(lines[1]).get("source").getAsString());
    assertTrue(run.err().contains(items + ":2: missing \"text\""), run.err());
    // classify --facts reads the same items as the same texts: the same facts, the same offsets
    CliRun classify = CliRun.run("classify", "--format", "json", "--facts", items.toString());
    String[] classified = classify.outLines();
    assertEquals(3, classified.length, classify.out()); // two items and the final line break
    for (int i = 0; i < 2; i++) {
      assertEquals(json(lines[i]).get("source"), json(classified[i]).get("source"));
      assertEquals(json(lines[i]).get("facts"), json(classified[i]).get("facts"));
    }
  }

  @Test
  void aLongPlainInputIsReadToTheCapAsClassifyReadsIt() throws IOException {
    // The meeting, then filler past the cap: the facts come from the first 1,048,576 chars.
    Path page = dir.resolve("page.txt");
    Files.writeString(page, MEETING + "\n" + "lũ ".repeat(400_000), StandardCharsets.UTF_8);
    CliRun run = CliRun.run("facts", "--format", "json", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("vietcat: " + page + ": longer than 1,048,576 chars; facts extracted from its "
        + "first 1,048,576 chars only\n", run.err());
    assertEquals(json("{\"text\":\"thị xã Bình Long\",\"start\":38,\"end\":54}"),
        json(run.outLines()[0]).getAsJsonObject("facts").getAsJsonObject("meeting")
            .get("location"));
  }

  @Test
  void jsonLinesAreReadOneLineAtATime() throws IOException {
    // About 72 MB of JSON Lines: each line carries a 1.5 MB field that is not read. Held whole
    // (72 MB of bytes, then as many chars) it would not fit in a 64 MiB heap; line by line it does.
    Path items = dir.resolve("big.jsonl");
    String filler = "x".repeat(1_500_000);
    try (var writer = Files.newBufferedWriter(items, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 48; i++) {
        writer.write("{\"id\":\"item-" + i + "\",\"note\":\"" + filler + "\",\"title\":"
            + "\"Họp bàn phòng chống lũ\",\"text\":\"Sáng 3/11, tại thị xã Bình Long, Ban "
            + "Chỉ huy phòng chống thiên tai tỉnh tổ chức hội nghị trực tuyến về ứng phó lũ "
            + "muộn.\"}\n");
      }
    }
    ProcessRun run = ProcessRun.runWithJvmOptions(java.util.List.of("-Xmx64m"), new byte[0],
        "facts", "--format", "json", items.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(48, lines.length);
    for (int i = 0; i < 48; i++) {
      JsonObject o = json(lines[i]);
      assertEquals("item-" + i, o.get("source").getAsString());
      assertEquals(json("{\"text\":\"thị xã Bình Long\",\"start\":39,\"end\":55}"),
          o.getAsJsonObject("facts").getAsJsonObject("meeting").get("location"));
    }
  }

  @Test
  void classifyWithFacts() {
    CliRun run = CliRun.runWithStdin(MEETING, "classify", "--format", "json", "--facts");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject o = json(run.outLines()[0]);
    assertTrue(o.has("probabilities"));
    assertEquals("--11-03", o.getAsJsonObject("facts").getAsJsonObject("meeting").get("date")
        .getAsString());
    CliRun plain = CliRun.runWithStdin(MEETING, "classify", "--format", "json");
    assertFalse(json(plain.outLines()[0]).has("facts"));
    CliRun text = CliRun.runWithStdin(MEETING, "classify", "--facts");
    assertTrue(text.out().contains("\n    meeting\n      meeting_type hội nghị trực tuyến"),
        text.out());
  }
}

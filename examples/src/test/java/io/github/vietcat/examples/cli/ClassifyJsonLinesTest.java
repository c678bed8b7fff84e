package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.examples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classify} on JSON Lines: one item a line, the same answers as one file per item. */
class ClassifyJsonLinesTest {

  @TempDir Path dir;

  @Test
  void eachLineIsClassifiedAsTheSameItemInAFileWouldBe() throws IOException {
    List<String> names = new ArrayList<>(Samples.expectedLabels().keySet()).subList(0, 3);
    List<String> lines = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Path file = Samples.FOLDER.resolve(names.get(i));
      files.add(file.toString());
      String text = Files.readString(file);
      int split = text.indexOf("\n\n");
      JsonWriter json = new JsonWriter().beginObject();
      if (i == 0) {
        json.name("id").value("item-" + i);
      }
      lines.add(json.name("title").value(text.substring(0, split))
          .name("text").value(text.substring(split + 2)).endObject().toString());
    }
    lines.add(1, "{\"title\": \"no text\"}");
    Path jsonl = dir.resolve("items.jsonl");
    Files.write(jsonl, lines);

    CliRun run = CliRun.run("classify", "--format", "tsv", jsonl.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat: " + jsonl + ":2: missing \"text\"\n", run.err());
    CliRun each = CliRun.run(withFirst("classify", "--format", "tsv", files));
    String[] got = run.out().split("\n");
    String[] want = each.out().split("\n");
    assertEquals(4, got.length, run.out());
    assertEquals(want[0], got[0]); // the header
    List<String> sources = List.of("item-0", jsonl + ":3", jsonl + ":4");
    for (int i = 1; i < 4; i++) {
      String[] g = got[i].split("\t", 2);
      String[] w = want[i].split("\t", 2);
      assertEquals(sources.get(i - 1), g[0]);
      assertEquals(w[1], g[1], "item " + i);
    }
  }

  @Test
  void standardInputWithJsonlFlag() {
    CliRun run = CliRun.runWithStdin("{\"id\": 7, \"text\": \"Trời mưa to ở Hà Nội.\"}\n",
        "classify", "--jsonl", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(true, run.out().startsWith("{\"source\":\"7\",\"label\":\""), run.out());
  }

  private static String[] withFirst(String a, String b, String c, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(a, b, c));
    all.addAll(rest);
    return all.toArray(String[]::new);
  }
}

package io.github.vietcat.models.facts;

import com.google.gson.JsonObject;
import io.github.vietcat.models.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The facts gold of the shared data folder joined with the items' texts ({@code
 * corpus/dev.jsonl} and {@code seeds/}).
 */
public final class FactsGold {

  /**
   * One gold item.
   *
   * @param id the item's id
   * @param label its genre label
   * @param text the item as {@code vietcat facts} and {@code classify} read a JSON Lines item:
   *     title, a blank line, then the body (a seed is its page as is)
   * @param facts the gold facts object
   */
  public record Item(String id, String label, String text, JsonObject facts) {

    /**
     * Returns the half of the split the item falls in: {@code tune} (the rules were developed
     * looking at these items' errors) or {@code check} (only ever scored). The split is the
     * parity of the CRC-32 of the id's UTF-8 bytes.
     */
    public String split() {
      CRC32 crc = new CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 2 == 0 ? "tune" : "check";
    }
  }

  private FactsGold() {}

  /**
   * Reads the gold and joins it with the items' texts.
   *
   * @param shared the shared data folder
   * @return the gold items with a text, in gold order
   * @throws IOException if a file cannot be read or the gold names an item that is not found
   */
  public static List<Item> read(Path shared) throws IOException {
    Map<String, String> texts = new HashMap<>();
    // Only the id, title and text of the dev items are needed here.
    JsonLines.read(shared.resolve("corpus/dev.jsonl"), "dev item", (o, lineNumber) ->
        texts.put(o.get("id").getAsString(),
            o.get("title").getAsString() + "\n\n" + o.get("text").getAsString()));
    try (DirectoryStream<Path> seeds = Files.newDirectoryStream(shared.resolve("seeds"),
        "*.txt")) {
      for (Path seed : seeds) {
        String name = seed.getFileName().toString();
        texts.put("seed-" + name.substring(0, 3), Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    Path gold = shared.resolve("facts/facts-dev.jsonl");
    List<Item> items = JsonLines.read(gold, "gold item", (o, lineNumber) -> {
      String id = o.get("id").getAsString();
      String text = texts.get(id);
      if (text == null) {
        throw new IOException(gold + ":" + lineNumber + ": no text for item " + id);
      }
      return new Item(id, o.get("label").getAsString(), text, o.getAsJsonObject("facts"));
    });
    return items;
  }
}

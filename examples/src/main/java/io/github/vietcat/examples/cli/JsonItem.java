package io.github.vietcat.examples.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * One news item of a JSON Lines input to {@code classify} or {@code facts}: {@code text},
 * optional {@code title} and {@code id} (a string or a number); other fields are ignored.
 *
 * @param id the item's id, or null
 * @param title the title, empty when absent
 * @param text the text
 */
record JsonItem(String id, String title, String text) {

  /**
   * Parses one line.
   *
   * @param line the line
   * @return the item
   * @throws InputException when the line is not a JSON object with a string "text"
   */
  static JsonItem parse(String line) throws InputException {
    JsonObject object = LabelledItems.object(line);
    String text = LabelledItems.string(object, "text", true);
    String title = LabelledItems.string(object, "title", false);
    JsonElement id = object.get("id");
    String idText = null;
    if (id != null && !id.isJsonNull()) {
      if (!id.isJsonPrimitive() || id.getAsJsonPrimitive().isBoolean()) {
        throw new InputException("\"id\" is not a string or a number");
      }
      idText = id.getAsString();
    }
    return new JsonItem(idText, title == null ? "" : title, text);
  }

  /**
   * The item as the one text both commands read, so that offsets agree between them: the title, a
   * blank line and the text, as a file "title, blank line, text" holds it; the text alone when
   * there is no title.
   *
   * @return the item's text
   */
  String fullText() {
    return title.isEmpty() ? text : title + "\n\n" + text;
  }

  /**
   * Reads a JSON Lines input one line at a time and hands each item's {@link #fullText()} on,
   * named by its id or else {@code FILE:LINE}; a bad line is reported with its number and skipped,
   * blank lines are skipped. Only one line is in memory at a time, whatever the input's size.
   *
   * @param input the input the lines come from
   * @param lines its lines
   * @param one what to do with each item
   * @param diagnostics where a bad line is reported
   * @param stop checked before each line: true ends the reading (the output's reader went away)
   * @throws IOException when reading fails
   */
  static void forEachItem(Input input, BufferedReader lines, InputLoop.TextHandler one,
      Diagnostics diagnostics, BooleanSupplier stop) throws IOException {
    long number = 0;
    for (String line = lines.readLine(); line != null && !stop.getAsBoolean();
        line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = input.name() + ":" + number;
      try {
        JsonItem item = parse(line);
        one.handle(new Input(item.id() != null ? item.id() : where, input.path()),
            item.fullText());
      } catch (InputException e) {
        diagnostics.problem(where, e.getMessage());
      }
    }
  }
}

package io.github.vietcat.examples.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One news item of a JSON Lines input to {@code classify}: {@code text}, optional {@code title}
 * and {@code id} (a string or a number); other fields are ignored.
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
}

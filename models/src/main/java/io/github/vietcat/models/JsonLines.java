package io.github.vietcat.models;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON Lines files of {@code ../shared}: one object a line, blank lines skipped. */
public final class JsonLines {

  /**
   * Turns one line's object into an item.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Parser<T> {
    /**
     * Parses one object.
     *
     * @param object the line's object
     * @param lineNumber its line number, from 1
     * @return the item
     * @throws IOException if the object is not a valid item (the message names the problem)
     */
    T parse(JsonObject object, int lineNumber) throws IOException;
  }

  private JsonLines() {}

  /**
   * Reads a file.
   *
   * @param <T> the item type
   * @param file the file
   * @param what what an item is, for messages ("corpus item")
   * @param parser turns each object into an item
   * @return the items in file order
   * @throws IOException if the file cannot be read or a line is not a valid item (the message
   *     gives the file and the line)
   */
  public static <T> List<T> read(Path file, String what, Parser<T> parser) throws IOException {
    List<T> items = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          items.add(parser.parse(JsonParser.parseString(line).getAsJsonObject(), lineNumber));
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
          throw new IOException(file + ":" + lineNumber + ": not a " + what + ": "
              + e.getMessage(), e);
        }
      }
    }
    return items;
  }
}

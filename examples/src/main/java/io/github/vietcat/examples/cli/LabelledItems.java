package io.github.vietcat.examples.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.vietcat.genre.GenreSample;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import io.github.vietcat.normalize.TextDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled news items from JSON Lines for {@code train} and {@code evaluate}: one JSON object
 * a line with a {@code label}, a {@code text} and optionally a {@code title}; other fields are
 * ignored and blank lines skipped. A malformed line is reported with its line number and skipped.
 */
final class LabelledItems {

  /** At most this many bad lines are reported one by one per file; the rest are counted. */
  static final int MAX_REPORTED_LINES = 10;

  private LabelledItems() {}

  /**
   * Reads the items of several files; a file that cannot be read is reported and skipped.
   *
   * @param files file names, {@code -} for standard input
   * @param reader reads and decodes the files
   * @param diagnostics where problems are reported
   * @return the valid items of all files, in order
   */
  static List<GenreSample> read(List<String> files, TextReader reader, Diagnostics diagnostics) {
    List<GenreSample> samples = new ArrayList<>();
    for (String file : files) {
      Input input = file.equals("-") ? Input.stdin() : new Input(file, Path.of(file));
      try {
        samples.addAll(parse(input.name(), lines(reader.readBytes(input)), diagnostics));
      } catch (InputException e) {
        diagnostics.problem(input.name(), e.getMessage());
      }
    }
    return samples;
  }

  /**
   * One line of a JSON Lines file.
   *
   * @param text the decoded line, or null when it is not valid UTF-8
   * @param problem why the line could not be decoded, or null
   */
  record Line(String text, String problem) {}

  /**
   * Splits a file's bytes into lines (at line feeds; a carriage return before one is dropped) and
   * decodes each line as strict UTF-8 on its own, so that one bad byte costs one line, not the
   * file. A leading byte-order mark is dropped; a binary or UTF-16 file is refused as a whole.
   *
   * @param bytes the file's bytes
   * @return its lines, in order
   * @throws InputException for a binary or UTF-16 file
   */
  static List<Line> lines(byte[] bytes) throws InputException {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    // The whole-file checks (UTF-16, NUL bytes) without the UTF-8 check, which is per line here.
    TextReader.checkNotBinary(bytes, start);
    List<Line> lines = new ArrayList<>();
    int from = start;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int to = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
        byte[] line = Arrays.copyOfRange(bytes, from, to);
        try {
          lines.add(new Line(UTF8.decode(line).text(), null));
        } catch (TextDecoder.InvalidUtf8Exception e) {
          int at = (int) e.byteOffset();
          lines.add(new Line(null, String.format(Locale.ROOT,
              "invalid UTF-8 at byte %d of the line (byte 0x%02X); line skipped", at + 1,
              line[at] & 0xFF)));
        }
        from = i + 1;
      }
    }
    return lines;
  }

  private static final TextDecoder UTF8 = new TextDecoder(TextDecoder.Policy.REPORT);

  /**
   * Parses the items of one file.
   *
   * @param name the file's name, for messages
   * @param lines the file's lines, from {@link #lines(byte[])}
   * @param diagnostics where bad lines are reported, as {@code FILE:LINE: message}
   * @return the valid items, in file order
   */
  static List<GenreSample> parse(String name, List<Line> lines, Diagnostics diagnostics) {
    List<GenreSample> samples = new ArrayList<>();
    int lineNumber = 0;
    int bad = 0;
    for (Line entry : lines) {
      lineNumber++;
      String line = entry.text();
      if (line != null && line.isBlank()) {
        continue;
      }
      try {
        if (line == null) {
          throw new InputException(entry.problem());
        }
        samples.add(sample(line));
      } catch (InputException e) {
        bad++;
        if (bad <= MAX_REPORTED_LINES) {
          diagnostics.problem(name + ":" + lineNumber, e.getMessage());
        }
      }
    }
    if (bad > MAX_REPORTED_LINES) {
      diagnostics.note(name + ": " + (bad - MAX_REPORTED_LINES) + " more bad lines not shown");
    }
    return samples;
  }

  private static GenreSample sample(String line) throws InputException {
    JsonObject object = object(line);
    String label = string(object, "label", true);
    if (label.isBlank()) {
      throw new InputException("empty \"label\"");
    }
    String text = string(object, "text", true);
    String title = string(object, "title", false);
    return new GenreSample(label.strip(), title == null ? "" : title, text);
  }

  /**
   * Parses one line as a JSON object, strictly (RFC 8259, nothing after the value).
   *
   * @param line the line
   * @return the object
   * @throws InputException when the line is not one JSON object
   */
  static JsonObject object(String line) throws InputException {
    JsonElement element;
    try {
      // Strict RFC 8259 JSON, one value on the line and nothing after it.
      JsonReader reader = new JsonReader(new StringReader(line));
      reader.setStrictness(Strictness.STRICT);
      element = JsonParser.parseReader(reader);
    } catch (JsonParseException e) {
      throw new InputException("not valid JSON: " + rootMessage(e));
    }
    if (!endsAfterValue(line)) {
      throw new InputException("not valid JSON: text after the value");
    }
    if (!element.isJsonObject()) {
      throw new InputException("not a JSON object");
    }
    return element.getAsJsonObject();
  }

  static String string(JsonObject object, String field, boolean required)
      throws InputException {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      if (required) {
        throw new InputException("missing \"" + field + "\"");
      }
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new InputException("\"" + field + "\" is not a string");
    }
    return value.getAsString();
  }

  /** Whether nothing but white space follows the first JSON value of the line. */
  private static boolean endsAfterValue(String line) {
    try {
      JsonReader reader = new JsonReader(new StringReader(line));
      reader.setStrictness(Strictness.STRICT);
      reader.skipValue();
      return reader.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    // Gson appends a troubleshooting link on a second line: keep the message to one line.
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    // Gson's advice to switch to lenient parsing does not help the author of a data file.
    return message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed "
        + "JSON", "malformed JSON").replace(" at line 1 column ", " at column ");
  }
}

package io.github.vietcat.examples.cli;

/** Tab-separated values: fields escaped so that a record always stays on one line. */
final class Tsv {

  private Tsv() {}

  /**
   * Escapes one field: backslash, tab, line feed and carriage return become {@code \\}, {@code
   * \t}, {@code \n} and {@code \r}; nothing else changes.
   *
   * @param field the field
   * @return the escaped field
   */
  static String field(String field) {
    if (field.indexOf('\\') < 0 && field.indexOf('\t') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length() + 8);
    appendField(out, field);
    return out.toString();
  }

  /**
   * Appends one escaped field, as {@link #field(String)} gives it, without making a string.
   *
   * @param out where to append
   * @param field the field
   */
  static void appendField(StringBuilder out, String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  /** Joins escaped fields with tabs. */
  static String row(String... fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(field(fields[i]));
    }
    return out.toString();
  }
}

package io.github.vietcat.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Builds one JSON value on a single line (for JSON Lines output), with the escaping RFC 8259
 * requires. Objects and arrays are opened and closed explicitly; commas are placed automatically.
 */
final class JsonWriter {

  /** Decimal places kept for probabilities and scores. */
  static final int DECIMALS = 4;

  private final StringBuilder out = new StringBuilder();
  /** Whether the next value in the current container needs a comma before it. */
  private boolean needsComma;

  /** Opens an object (as a value, or as the value of the last {@link #name}). */
  JsonWriter beginObject() {
    separate();
    out.append('{');
    needsComma = false;
    return this;
  }

  /** Closes the current object. */
  JsonWriter endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  /** Opens an array. */
  JsonWriter beginArray() {
    separate();
    out.append('[');
    needsComma = false;
    return this;
  }

  /** Closes the current array. */
  JsonWriter endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  /** Writes a string value, or {@code null}. */
  JsonWriter value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
    needsComma = true;
    return this;
  }

  /** Writes an integer value. */
  JsonWriter value(long value) {
    separate();
    out.append(value);
    needsComma = true;
    return this;
  }

  /** Writes a number rounded to {@link #DECIMALS} places; NaN and infinities become null. */
  JsonWriter value(double value) {
    separate();
    out.append(Double.isFinite(value) ? decimal(value) : "null");
    needsComma = true;
    return this;
  }

  /** Writes an object of names to numbers, in the map's iteration order. */
  JsonWriter numbers(Map<String, Double> map) {
    beginObject();
    for (Map.Entry<String, Double> e : map.entrySet()) {
      name(e.getKey()).value(e.getValue());
    }
    return endObject();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Formats a number with at most {@link #DECIMALS} places, without exponent or trailing zeros. */
  static String decimal(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private void separate() {
    if (needsComma) {
      out.append(',');
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean lone = Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)));
          // Control characters must be escaped; U+2028/9 and lone surrogates are escaped so the
          // line stays valid UTF-8 and safe to embed in JavaScript.
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F || lone) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

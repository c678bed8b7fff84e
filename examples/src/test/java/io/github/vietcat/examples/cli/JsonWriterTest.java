package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void escapesWhatRfc8259Requires() {
    String json = new JsonWriter().beginObject()
        .name("s").value("a\"b\\c\nd\te\r\u0001\u001f/ố\u2028")
        .endObject().toString();
    assertEquals("{\"s\":\"a\\\"b\\\\c\\nd\\te\\r\\u0001\\u001f/ố\\u2028\"}", json);
  }

  @Test
  void keepsSurrogatePairsAndEscapesLoneSurrogates() {
    assertEquals("[\"😀\",\"\\ud83d\",\"x\\ude00\"]", new JsonWriter().beginArray()
        .value("😀").value("\ud83d").value("x\ude00").endArray().toString());
  }

  @Test
  void nestsObjectsAndArraysWithCommas() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("DIRECTIVE", 0.91234567);
    p.put("OTHER", 0.0000001);
    p.put("MEETING_SUMMARY", 1.0);
    String json = new JsonWriter().beginObject()
        .name("source").value("a.txt")
        .name("n").value(3)
        .name("p").numbers(p)
        .name("list").beginArray().value("x").beginObject().endObject().value(0.5).endArray()
        .name("none").value((String) null)
        .name("nan").value(Double.NaN)
        .endObject().toString();
    assertEquals("{\"source\":\"a.txt\",\"n\":3,"
        + "\"p\":{\"DIRECTIVE\":0.9123,\"OTHER\":0,\"MEETING_SUMMARY\":1},"
        + "\"list\":[\"x\",{},0.5],\"none\":null,\"nan\":null}", json);
  }

  @Test
  void decimalsAreRoundedWithoutExponent() {
    assertEquals("0.0001", JsonWriter.decimal(0.00009));
    assertEquals("0", JsonWriter.decimal(1e-9));
    assertEquals("0.5", JsonWriter.decimal(0.5));
    assertEquals("12345.6789", JsonWriter.decimal(12345.67891));
    assertEquals("-2", JsonWriter.decimal(-2.0));
  }
}

package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TickerTest {

  @Test
  void drawsTheTaskAndElapsedSecondsThenErasesTheLine() {
    StringWriter err = new StringWriter();
    try (Ticker ticker = new Ticker(new PrintWriter(err), "training on 13 items", true)) {
      // The first line is drawn as soon as the ticker starts; close() waits for the thread.
    }
    String drawn = err.toString();
    String line = "training on 13 items... 0 s";
    assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", drawn);
  }

  @Test
  void disabledTickerDrawsNothing() {
    StringWriter err = new StringWriter();
    try (Ticker ticker = new Ticker(new PrintWriter(err), "training", false)) {
      // nothing
    }
    assertEquals("", err.toString());
  }
}

package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsInPlaceAndErasesItselfWhenClosed() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "files", 4, true)) {
      for (int i = 0; i < 4; i++) {
        bar.step();
      }
    }
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\r[..............................] 0/4 files   0%"), drawn);
    assertTrue(drawn.contains("\r[##############################] 4/4 files 100%"), drawn);
    assertFalse(drawn.contains("\n"), drawn);
    // Closing overwrites the line with spaces and returns to its start.
    assertTrue(drawn.endsWith("\r"), drawn);
    String last = drawn.substring(drawn.lastIndexOf("100%") + 4);
    assertEquals("\r" + " ".repeat(47) + "\r", last);
  }

  @Test
  void disabledBarDrawsNothing() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "files", 100, false)) {
      bar.step();
    }
    assertEquals("", err.toString());
  }

  @Test
  void messagesEraseTheBarFirst() {
    StringWriter err = new StringWriter();
    PrintWriter writer = new PrintWriter(err);
    Diagnostics diagnostics = new Diagnostics(writer);
    try (ProgressBar bar = new ProgressBar(writer, "files", 10, true)) {
      diagnostics.attach(bar);
      diagnostics.problem("a.txt", "binary file");
    }
    String drawn = err.toString();
    assertTrue(drawn.contains("\r" + " ".repeat(48) + "\rvietcat: a.txt: binary file\n"), drawn);
  }

  @Test
  void autoModeNeedsMoreThanAFewItemsAndATerminal() {
    assertFalse(ProgressMode.NEVER.shows(1000));
    assertTrue(ProgressMode.ALWAYS.shows(1));
    String old = System.getProperty(Terminal.STDERR_IS_TERMINAL);
    try {
      System.setProperty(Terminal.STDERR_IS_TERMINAL, "true");
      assertFalse(ProgressMode.AUTO.shows(ProgressMode.AUTO_MIN_ITEMS));
      assertTrue(ProgressMode.AUTO.shows(ProgressMode.AUTO_MIN_ITEMS + 1));
      System.setProperty(Terminal.STDERR_IS_TERMINAL, "false");
      assertFalse(ProgressMode.AUTO.shows(1000));
    } finally {
      if (old == null) {
        System.clearProperty(Terminal.STDERR_IS_TERMINAL);
      } else {
        System.setProperty(Terminal.STDERR_IS_TERMINAL, old);
      }
    }
  }
}

package io.github.vietcat.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFactTest {

  private static final Span SPAN = new Span("30/12", 0, 5);
  private static final RuleEvidence EVIDENCE = new RuleEvidence("test", SPAN);

  private static DateFact date(String value) {
    return new DateFact(value, SPAN, EVIDENCE);
  }

  @Test
  void resolvesToTheNearestYear() {
    assertEquals("2024-12-30", date("--12-30").resolve(LocalDate.of(2025, 1, 3)).value());
    assertEquals("2025-01-02", date("--01-02").resolve(LocalDate.of(2024, 12, 28)).value());
    assertEquals("2024-06-01", date("--06-01").resolve(LocalDate.of(2024, 6, 20)).value());
    assertEquals("2025-03", date("--03").resolve(LocalDate.of(2024, 12, 15)).value());
    assertEquals("2024-02-29", date("--02-29").resolve(LocalDate.of(2023, 6, 1)).value());
  }

  @Test
  void aDateWithAYearStays() {
    DateFact d = date("2019-09-19");
    assertTrue(d.hasYear());
    assertSame(d, d.resolve(LocalDate.of(2024, 1, 1)));
    assertFalse(date("--09-19").hasYear());
  }

  @Test
  void rejectsWhatIsNotANormalizedDate() {
    assertThrows(IllegalArgumentException.class, () -> date("19/09/2019"));
    assertThrows(IllegalArgumentException.class, () -> date("--9-1"));
    assertThrows(IllegalArgumentException.class, () -> new Span("abc", 0, 2));
  }
}

package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenreTest {

  @Test
  void mapsShippedLabelsOnly() {
    assertEquals(Optional.of(Genre.TRAINING_REPORT), Genre.fromLabel("TRAINING_REPORT"));
    assertEquals(Optional.empty(), Genre.fromLabel("training_report"));
    assertEquals(Optional.empty(), Genre.fromLabel("SPORT"));
    assertThrows(NullPointerException.class, () -> Genre.fromLabel(null));
  }
}

package io.github.vietcat.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {

  @Property(tries = 300)
  void givesTheSameIdsAsAHashMap(
      @ForAll @Size(max = 200) Set<@StringLength(max = 6) String> vocabulary,
      @ForAll @Size(max = 50) List<@StringLength(max = 6) String> queries) {
    String[] names = vocabulary.toArray(new String[0]);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      expected.put(names[i], i);
    }
    // As built, and comparing names on every hit (the mode for names that share a fingerprint).
    for (FeatureIndex index : List.of(new FeatureIndex(names), new FeatureIndex(names, true))) {
      for (String name : names) {
        assertEquals(expected.get(name), index.idOf(name));
      }
      for (String query : queries) {
        assertEquals(expected.getOrDefault(query, -1), index.idOf(query), query);
        assertEquals(expected.getOrDefault(query, -1), index.idOf(new StringBuilder(query)),
            query);
      }
    }
  }

  @Test
  void findsNamesWhoseHashCodesCollide() {
    // "Aa" and "BB" have the same String hash code.
    FeatureIndex index = new FeatureIndex(new String[] {"Aa", "BB", "x y"});
    assertEquals(0, index.idOf("Aa"));
    assertEquals(1, index.idOf("BB"));
    assertEquals(2, index.idOf("x y"));
    assertEquals(-1, index.idOf("C#"));
    assertEquals(1, index.idOf(new StringBuilder("BB")));
    assertEquals(-1, index.idOf(new StringBuilder("C#")));
    assertEquals(2, index.idOf(new StringBuilder("x").append(' ').append('y')));
    assertEquals(-1, index.idOf(""));
  }

  @Test
  void fingerprintsTellApartNamesOfEqualStringHashCodes() {
    assertNotEquals(FeatureIndex.fingerprint("Aa"), FeatureIndex.fingerprint("BB"));
    assertEquals(FeatureIndex.fingerprint("x y"),
        FeatureIndex.fingerprint(new StringBuilder("x").append(" y")));
  }

  @Test
  void emptyVocabularyFindsNothing() {
    assertEquals(-1, new FeatureIndex(new String[0]).idOf("a"));
  }

  @Test
  void refusesANameTwice() {
    assertThrows(IllegalArgumentException.class, () -> new FeatureIndex(new String[] {"a", "a"}));
  }
}

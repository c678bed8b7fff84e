package io.github.vietcat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample news items are well-formed and every one has an expected label. */
class SamplesTest {

  private static final Set<String> LABELS =
      Set.of("DIRECTIVE", "TRAINING_REPORT", "MEETING_SUMMARY", "OTHER");

  @Test
  void everySampleIsListedOnceWithAKnownLabelAndEveryLabelHasTwoOrMore() throws IOException {
    Map<String, String> expected = Samples.expectedLabels();
    List<String> files;
    try (Stream<Path> list = Files.list(Samples.FOLDER)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .toList();
    }
    assertEquals(files, expected.keySet().stream().sorted().toList());
    Map<String, Integer> perLabel = new TreeMap<>();
    expected.values().forEach(label -> {
      assertTrue(LABELS.contains(label), label);
      perLabel.merge(label, 1, Integer::sum);
    });
    assertEquals(LABELS, perLabel.keySet());
    perLabel.forEach((label, n) -> assertTrue(n >= 2, label + ": " + n));
  }

  @Test
  void everySampleIsNfcUtf8WithATitleABlankLineAndABodyOfNewsLength() throws IOException {
    for (String file : Samples.expectedLabels().keySet()) {
      byte[] bytes = Files.readAllBytes(Samples.FOLDER.resolve(file));
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(file + " is not UTF-8", e);
      }
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), file);
      String[] lines = text.split("\n", -1);
      assertFalse(lines[0].isBlank(), file + ": title");
      assertEquals("", lines[1], file + ": blank line after the title");
      assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), file + ": one final newline");
      String body = text.substring(text.indexOf("\n\n") + 2);
      int syllables = body.strip().split("\\s+").length;
      assertTrue(syllables >= 120 && syllables <= 330, file + ": " + syllables + " syllables");
    }
  }
}

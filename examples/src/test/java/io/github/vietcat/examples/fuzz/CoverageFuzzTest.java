package io.github.vietcat.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.token.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests (Jazzer), one per stage, with the invariants of {@link Invariants}.
 * Under {@code ./mvnw verify} each runs only on its committed seed inputs
 * ({@code src/test/resources/io/github/vietcat/examples/fuzz/CoverageFuzzTestInputs/METHOD}).
 * With {@code JAZZER_FUZZ=1} one of them fuzzes for {@code -Djazzer.max_duration} (README,
 * "Fuzzing"). Text targets read the bytes as UTF-8, invalid sequences becoming U+FFFD. An input
 * taking more than 10 s counts as a hang.
 */
class CoverageFuzzTest {

  private static final long HANG_NANOS = 10_000_000_000L;

  private static Invariants invariants;
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  @BeforeAll
  static void load() {
    invariants = new Invariants();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Runs the checks, then fails with the broken invariants (or when they took too long). */
  private static void holds(String what, Consumer<List<String>> checks) {
    List<String> broken = new ArrayList<>();
    long t0 = System.nanoTime();
    checks.accept(broken);
    long nanos = System.nanoTime() - t0;
    assertEquals(List.of(), broken, what);
    assertTrue(nanos < HANG_NANOS, what + " took " + nanos / 1_000_000 + " ms");
  }

  @FuzzTest
  void decoders(byte[] bytes) {
    holds("decoders and detector", broken -> invariants.checkDecoding(bytes, broken));
  }

  @FuzzTest
  void normalizer(byte[] bytes) {
    String text = text(bytes);
    holds("normalizer", broken -> {
      NormalizedText n = NORMALIZER.normalize(text);
      int last = 0;
      for (int k = 0; k <= n.text().length(); k++) {
        int start = n.originalStart(k);
        if (start < last || start > text.length()) {
          broken.add("original offset " + start + " of normalized char " + k
              + " out of order or range");
          break;
        }
        last = start;
      }
      invariants.checkNfcNfd(text, broken);
    });
  }

  @FuzzTest
  void tokenizer(byte[] bytes) {
    String text = text(bytes);
    holds("tokenizer", broken -> {
      List<Token> tokens = invariants.checkTokens(text, broken);
      invariants.checkStreaming(text, tokens, broken);
    });
  }

  @FuzzTest
  void segmenter(byte[] bytes) {
    String text = text(bytes);
    holds("sentences and words", broken -> {
      List<Token> tokens = invariants.checkTokens(text, broken);
      invariants.checkSentences(text, tokens, broken);
      invariants.checkWords(text, tokens, broken);
    });
  }

  @FuzzTest
  void pageCleaner(byte[] bytes) {
    holds("page cleaner", broken -> invariants.checkCleaner(text(bytes), broken));
  }

  @FuzzTest
  void luceneTokenizer(byte[] bytes) {
    holds("Lucene analyzer", broken -> invariants.checkLucene(text(bytes), broken));
  }

  @FuzzTest
  void genreClassifier(byte[] bytes) {
    holds("genre classifier", broken -> invariants.checkClassifier(text(bytes), broken));
  }
}

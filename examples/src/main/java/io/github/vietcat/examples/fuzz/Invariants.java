package io.github.vietcat.examples.fuzz;

import io.github.vietcat.clean.NewsPageCleaner;
import io.github.vietcat.encoding.EncodingDetector;
import io.github.vietcat.encoding.VietnameseEncoding;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.lucene.VietnameseAnalyzer;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.stream.StreamingTokenizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The invariants the pipeline keeps on any input, checked stage by stage on one input's bytes:
 * every legacy decoding and the detector run without exception and give NFC text and a confidence
 * in [0, 1]; on the text (the bytes as lenient UTF-8) the tokenizer's offsets lie inside the input,
 * in order, each token's text being the input's chars there; NFC and NFD input give the same
 * normalized tokens (unless the normalized text, in NFD, has a run of more than 30 combining marks,
 * which the normalizer leaves as it is); the streaming API (with chunks of 7 chars) gives the same tokens; sentences
 * and words cover the tokens exactly once, in order; the page cleaner, the genre classifier (a
 * known label, probabilities summing to 1) and the Lucene analyzer (offsets inside the input, in
 * order) run without exception. Models are loaded once; thread-safe like them.
 */
public final class Invariants {

  private final SyllableTokenizer tokenizer = new SyllableTokenizer();
  private final StreamingTokenizer streaming =
      new StreamingTokenizer(tokenizer, new TextNormalizer(), 7, 1 << 20);
  private final TextNormalizer plain = new TextNormalizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EncodingDetector detector = new EncodingDetector();
  private final NewsPageCleaner cleaner = new NewsPageCleaner();
  private final WordSegmenter segmenter = WordSegmenter.loadDefault();
  private final GenreClassifier classifier = GenreClassifier.loadDefault();
  private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();

  /** Loads the models. */
  public Invariants() {}

  /**
   * Checks every invariant on one input.
   *
   * @param bytes the input
   * @return the broken invariants, empty when all hold (an exception is reported as broken too)
   */
  public List<String> check(byte[] bytes) {
    List<String> broken = new ArrayList<>();
    checkDecoding(bytes, broken);
    String text = new String(bytes, StandardCharsets.UTF_8);
    checkText(text, broken);
    return broken;
  }

  /**
   * Checks the legacy decoders (each gives NFC text without exception) and the encoding detector
   * (a confidence in [0, 1]) on raw bytes.
   *
   * @param bytes the input
   * @param broken where broken invariants are added
   */
  public void checkDecoding(byte[] bytes, List<String> broken) {
    for (VietnameseEncoding e : VietnameseEncoding.values()) {
      guard(broken, "decode " + e, () -> {
        String text = e.decode(bytes);
        need(broken, Normalizer.isNormalized(text, Normalizer.Form.NFC), e + " gives non-NFC");
      });
    }
    guard(broken, "detect", () -> {
      EncodingDetector.Detection d = detector.detect(bytes);
      need(broken, d.confidence() >= 0 && d.confidence() <= 1, "confidence out of [0, 1]");
    });
  }

  /**
   * Checks the text invariants: every stage below, in order.
   *
   * @param text the text
   * @param broken where broken invariants are added
   */
  public void checkText(String text, List<String> broken) {
    List<Token> tokens = checkTokens(text, broken);
    checkNfcNfd(text, broken);
    checkStreaming(text, tokens, broken);
    checkSentences(text, tokens, broken);
    checkWords(text, tokens, broken);
    checkCleaner(text, broken);
    checkClassifier(text, broken);
    checkLucene(text, broken);
  }

  /**
   * Checks the tokenizer: offsets inside the input and in order, each token's text being the
   * input's chars there.
   *
   * @param text the text
   * @param broken where broken invariants are added
   * @return the tokens (those made before an exception, if one was thrown)
   */
  public List<Token> checkTokens(String text, List<String> broken) {
    List<Token> tokens = new ArrayList<>();
    guard(broken, "tokenize", () -> {
      tokens.addAll(tokenizer.tokenize(text));
      int last = 0;
      for (Token t : tokens) {
        need(broken, t.start() >= last && t.end() <= text.length() && t.start() < t.end(),
            "token offsets out of order or range: " + t);
        need(broken, t.end() <= text.length()
            && text.substring(t.start(), Math.min(t.end(), text.length())).equals(t.text()),
            "token text is not the input's: " + t);
        last = Math.max(last, t.end());
      }
    });
    return tokens;
  }

  /**
   * Checks that NFC and NFD input give the same normalized tokens (the normalizer's documented
   * limit of 30 combining marks in a row excepted).
   *
   * @param text the text
   * @param broken where broken invariants are added
   */
  public void checkNfcNfd(String text, List<String> broken) {
    guard(broken, "nfc-nfd", () -> {
      if (hasLongMarkRun(Normalizer.normalize(plain.normalizeToString(text),
          Normalizer.Form.NFD))) {
        return; // the normalizer leaves runs of more than 30 marks as they are (documented)
      }
      List<String> nfc = normalized(tokenizer.tokenize(Normalizer.normalize(text,
          Normalizer.Form.NFC)));
      List<String> nfd = normalized(tokenizer.tokenize(Normalizer.normalize(text,
          Normalizer.Form.NFD)));
      need(broken, nfc.equals(nfd), "NFC and NFD give different tokens");
    });
  }

  /**
   * Checks that the streaming API, with chunks of 7 chars, gives the {@code String} API's tokens.
   *
   * @param text the text
   * @param tokens the text's tokens from {@link #checkTokens}
   * @param broken where broken invariants are added
   */
  public void checkStreaming(String text, List<Token> tokens, List<String> broken) {
    guard(broken, "streaming", () -> need(broken,
        streaming.tokens(new StringReader(text)).toList().equals(tokens),
        "streaming tokens differ"));
  }

  /**
   * Checks that the sentences cover the tokens exactly once, in order.
   *
   * @param text the text
   * @param tokens the text's tokens from {@link #checkTokens}
   * @param broken where broken invariants are added
   */
  public void checkSentences(String text, List<Token> tokens, List<String> broken) {
    guard(broken, "sentences", () -> {
      List<Token> covered = new ArrayList<>();
      for (Sentence s : splitter.split(text)) {
        covered.addAll(s.tokens());
      }
      need(broken, covered.equals(tokens), "sentences do not cover the tokens");
    });
  }

  /**
   * Checks that the segmenter's words cover the tokens exactly once, in order.
   *
   * @param text the text
   * @param tokens the text's tokens from {@link #checkTokens}
   * @param broken where broken invariants are added
   */
  public void checkWords(String text, List<Token> tokens, List<String> broken) {
    guard(broken, "words", () -> {
      List<Token> covered = new ArrayList<>();
      for (Word w : segmenter.segment(text)) {
        covered.addAll(w.tokens());
      }
      need(broken, covered.equals(tokens), "words do not cover the tokens");
    });
  }

  /**
   * Checks that the page cleaner runs without exception.
   *
   * @param text the text
   * @param broken where broken invariants are added
   */
  public void checkCleaner(String text, List<String> broken) {
    guard(broken, "clean", () -> cleaner.clean(text));
  }

  /**
   * Checks that the genre classifier gives a known label and probabilities summing to 1.
   *
   * @param text the text
   * @param broken where broken invariants are added
   */
  public void checkClassifier(String text, List<String> broken) {
    guard(broken, "classify", () -> {
      GenreResult r = classifier.classify(text);
      double sum = r.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
      need(broken, classifier.labels().contains(r.label()), "unknown label " + r.label());
      need(broken, Math.abs(sum - 1) < 1e-6, "probabilities sum to " + sum);
    });
  }

  /**
   * Checks that the Lucene analyzer's offsets lie inside the input and do not go backwards.
   *
   * @param text the text
   * @param broken where broken invariants are added
   */
  public void checkLucene(String text, List<String> broken) {
    guard(broken, "lucene", () -> {
      try (TokenStream ts = analyzer.tokenStream("f", text)) {
        OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int last = 0;
        while (ts.incrementToken()) {
          need(broken, offsets.startOffset() >= 0 && offsets.endOffset() <= text.length()
              && offsets.startOffset() <= offsets.endOffset(),
              "Lucene offsets out of range: " + offsets.startOffset() + "-"
                  + offsets.endOffset());
          need(broken, offsets.startOffset() >= last, "Lucene offsets go backwards at "
              + offsets.startOffset());
          last = offsets.startOffset();
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Whether the text has more than 30 combining marks in a row (stream-safe format's limit). */
  static boolean hasLongMarkRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      int type = Character.getType(text.charAt(i));
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      run = mark ? run + 1 : 0;
      if (run > 30) {
        return true;
      }
    }
    return false;
  }

  private static List<String> normalized(List<Token> tokens) {
    return tokens.stream().map(Token::normalized).toList();
  }

  private static void need(List<String> broken, boolean holds, String what) {
    if (!holds) {
      broken.add(what);
    }
  }

  private static void guard(List<String> broken, String stage, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | StackOverflowError e) {
      broken.add(stage + " threw " + e);
    }
  }
}

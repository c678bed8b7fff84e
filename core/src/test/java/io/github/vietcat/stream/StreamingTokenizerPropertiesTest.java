package io.github.vietcat.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.SegmenterFixtures;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The streaming API gives the same tokens, sentences and words as the {@code String} API, with
 * chunks as small as one char so that cuts fall everywhere they may.
 */
class StreamingTokenizerPropertiesTest {

  /**
   * Pieces that exercise the look-behind (document codes after "số", dates after "tháng"), HTML
   * constructs spanning lines, entities, combining marks and odd line ends. Written for the test.
   */
  private static final List<String> PIECES = List.of(
      "Chỉ thị", "số", ":", " ", " ", " ", "\n", "\n", "\r\n", "\r", "\n\n", "14/2018", "12/3",
      "245/KH-UBND", "tháng", "10/2019", "TP.", "HCM", "Hà Nội", "cán bộ", "đảng viên", ".",
      "...", "?!", "“", "”", "(", ")", "Ông", "ở", "xã", "1.000,5", "55%", "12h30", "<p>",
      "</p>", "<b>", "</b>", "<br/>", "<!-- ghi chú\nhai dòng -->", "<!--", "-->",
      "<script>var a = '<p>\n';</script>", "<style>\np { }\n</style>", "<a href=\"x>y\nz\">",
      "<a title='\n'>", "<ờ>", "<", ">", "&amp;", "&#7843;", "&nbsp;", "a\u0301", "\u0301",
      "\u200B", "\u00A0", "www.vietcat.vn", "thu@xa.vn", "#tin", "@ban", "\uD83D\uDE00",
      "\uD800", "UBND", "TT-VH", "PGS.TS", "\t");

  private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();
  private static final WordSegmenter SEGMENTER = SegmenterFixtures.train();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  private static StreamingTokenizer streaming(int chunk) {
    return new StreamingTokenizer(TOKENIZER, new TextNormalizer(), chunk, 4096);
  }

  @Property(tries = 400)
  void tokensAreThoseOfTheWholeText(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int chunk) {
    List<Token> streamed = streaming(chunk).tokens(new StringReader(text)).toList();
    assertEquals(TOKENIZER.tokenize(text), streamed);
  }

  @Property(tries = 300)
  void sentencesAreThoseOfTheWholeText(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int chunk) {
    List<Sentence> streamed = streaming(chunk).sentences(new StringReader(text)).toList();
    assertEquals(new SentenceSplitter(TOKENIZER, true).split(text), streamed);
  }

  @Property(tries = 200)
  void wordsAreThoseOfTheWholeText(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int chunk) {
    List<List<Word>> expected = new ArrayList<>();
    for (Sentence s : new SentenceSplitter(TOKENIZER, true).split(text)) {
      expected.add(SEGMENTER.segment(text, s.tokens()));
    }
    assertEquals(expected, streaming(chunk).words(new StringReader(text), SEGMENTER).toList());
  }

  /** Past the cap the answers may differ, but offsets stay exact and in order. */
  @Property(tries = 200)
  void forcedCutsKeepOffsetsExactAndInOrder(@ForAll("texts") String text) {
    String longText = text.replace('\n', ' ').replace('\r', ' ').repeat(3);
    StreamingTokenizer small = new StreamingTokenizer(TOKENIZER, new TextNormalizer(), 8, 64);
    int last = 0;
    for (Token t : small.tokens(new StringReader(longText)).toList()) {
      assertTrue(t.start() >= last && t.end() <= longText.length(), t.toString());
      assertEquals(longText.substring(t.start(), t.end()), t.text());
      last = t.end();
    }
  }
}

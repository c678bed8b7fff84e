package io.github.vietcat.lucene;

import io.github.vietcat.word.SegmenterFixtures;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.StringMockResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/** The factory's user dictionary parameter, with a small model trained in the test. */
public class VietnameseTokenizerFactoryTest extends BaseTokenStreamTestCase {

  private static final WordSegmenter SEGMENTER = SegmenterFixtures.train();

  private static VietnameseTokenizerFactory factory(String... keysAndValues) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new VietnameseTokenizerFactory(args, () -> SEGMENTER);
  }

  public void testUserDictionaryFromTheResourceLoader() throws IOException {
    String text = "dùng trí tuệ nhân tạo.";
    Tokenizer plain = factory().create(newAttributeFactory());
    plain.setReader(new StringReader(text));
    plain.reset();
    int terms = 0;
    while (plain.incrementToken()) {
      terms++;
    }
    plain.end();
    plain.close();
    assertTrue("the tiny model must split the entry, else this test proves nothing", terms > 2);

    VietnameseTokenizerFactory withDictionary = factory("userDictionary", "words.txt");
    assertTrue(withDictionary instanceof ResourceLoaderAware);
    withDictionary.inform(new StringMockResourceLoader("# terms\ntrí tuệ nhân tạo\n"));
    Tokenizer tokenizer = withDictionary.create(newAttributeFactory());
    tokenizer.setReader(new StringReader(text));
    assertTokenStreamContents(tokenizer,
        new String[] {"dùng", "trí tuệ nhân tạo"}, new int[] {0, 5}, new int[] {4, 21});
  }

  public void testBadDictionaryLineNamesResourceAndLine() {
    VietnameseTokenizerFactory f = factory("userDictionary", "words.txt");
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> f.inform(new StringMockResourceLoader("trí tuệ\nmạng\n")));
    assertTrue(e.getMessage(), e.getMessage().contains("words.txt"));
    assertTrue(e.getMessage(), e.getMessage().contains("line 2"));
  }

  public void testCreateBeforeInformFailsClearly() {
    VietnameseTokenizerFactory f = factory("userDictionary", "words.txt");
    IllegalStateException e = expectThrows(IllegalStateException.class,
        () -> f.create(newAttributeFactory()));
    assertTrue(e.getMessage(), e.getMessage().contains("inform(ResourceLoader)"));
  }

  public void testUserDictionaryNeedsWordModeAndUnknownParametersAreRejected() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> factory("mode", "syllable", "userDictionary", "words.txt"));
    assertTrue(e.getMessage(), e.getMessage().contains("mode=word"));
    e = expectThrows(IllegalArgumentException.class,
        () -> factory("userDictionary", "words.txt", "userDictonaryMode", "x"));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    e = expectThrows(IllegalArgumentException.class,
        () -> TokenizerFactory.forName("vietnamese",
            new HashMap<>(Map.of("userDictionary", "a.txt", "bogus", "1"))));
    assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
  }
}

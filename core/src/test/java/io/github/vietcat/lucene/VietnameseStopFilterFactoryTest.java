package io.github.vietcat.lucene;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ResourceLoader;

/** The {@code vietnameseStop} factory: default list and a list of one's own. */
public class VietnameseStopFilterFactoryTest extends BaseTokenStreamTestCase {

  public void testDefaultListBySpiName() throws IOException {
    try (Analyzer custom = CustomAnalyzer.builder()
        .withTokenizer("vietnamese", "mode", "syllable")
        .addTokenFilter("vietnameseNormalization")
        .addTokenFilter("lowercase")
        .addTokenFilter("vietnameseStop")
        .build()) {
      assertAnalyzesTo(custom, "Hòa bình của nhân dân và đất nước",
          new String[] {"hoà", "bình", "nhân", "dân", "đất", "nước"},
          new int[] {1, 1, 2, 1, 2, 1});
    }
    assertSame(VietnameseAnalyzer.getDefaultStopSet(),
        new VietnameseStopFilterFactory(new HashMap<>()).getStopWords());
  }

  public void testOwnWordsThroughTheResourceLoader() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("words", "stop.txt");
    VietnameseStopFilterFactory factory = new VietnameseStopFilterFactory(args);
    expectThrows(IllegalStateException.class, factory::getStopWords);
    factory.inform(new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) {
        assertEquals("stop.txt", resource);
        return new ByteArrayInputStream(
            "# mine\nbình\n".getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        throw new UnsupportedOperationException();
      }
    });
    assertTrue(factory.getStopWords().contains("bình"));
    assertFalse(factory.getStopWords().contains("của"));
    Map<String, String> bad = new HashMap<>();
    bad.put("ignoreCase", "true");
    expectThrows(IllegalArgumentException.class, () -> new VietnameseStopFilterFactory(bad));
  }
}

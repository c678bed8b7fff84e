package io.github.vietcat.lucene;

import io.github.vietcat.token.SyllableTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The defects of issue 9: HTML blocks across the tokenizer's reading chunks, terms without a
 * length limit, and plain text with {@code <} in it.
 */
public class VietnameseTokenizerDefectsTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean html) {
    return new VietnameseAnalyzer(VietnameseTokenizer.Mode.SYLLABLE, true, CharArraySet.EMPTY_SET,
        null, html, false);
  }

  /** A page whose script, style and comment blocks each cross several 16K reading chunks. */
  private static String pageWithLongBlocks() {
    StringBuilder page = new StringBuilder("<p>Mở đầu</p>\n<script type=\"text/javascript\">\n");
    for (int i = 0; i < 1000; i++) {
      page.append("var dong").append(i).append(" = 'chữ ").append(i).append("';\n");
    }
    page.append("</script>\n<p>giữa</p>\n<style>\n");
    for (int i = 0; i < 1000; i++) {
      page.append(".lop").append(i).append(" { color: red; }\n");
    }
    page.append("</style>\n<!--\n");
    for (int i = 0; i < 1000; i++) {
      page.append("ghi chú ẩn ").append(i).append('\n');
    }
    page.append("-->\n<p>Kết thúc</p>\n");
    return page.toString();
  }

  public void testHtmlBlocksAcrossReadingChunksLeaveNoTerms() throws IOException {
    String page = pageWithLongBlocks();
    assertTrue(page.length() > 3 * VietnameseTokenizer.CHUNK_CHARS);
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(a, page, new String[] {"mở", "đầu", "giữa", "kết", "thúc"});
    }
    // The same as the plain API on the whole text at once.
    List<String> plain = new ArrayList<>();
    new SyllableTokenizer().tokenize(page).forEach(t -> plain.add(t.normalized()));
    assertEquals(List.of("Mở", "đầu", "giữa", "Kết", "thúc"), plain);
  }

  public void testTokenizerBehindTheHtmlCharFilterMatchesAnyChunking() throws IOException {
    String page = pageWithLongBlocks();
    VietnameseTokenizer tokenizer =
        new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, true);
    tokenizer.setReader(new HTMLStripCharFilter(new StringReader(page)));
    int middle = page.indexOf("giữa");
    int last = page.indexOf("Kết");
    assertTokenStreamContents(tokenizer, new String[] {"Mở", "đầu", "giữa", "Kết", "thúc"},
        new int[] {3, 6, middle, last, last + 4},
        new int[] {5, 9, middle + 4, last + 3, last + 8}, page.length());
  }

  public void testPlainTextWithLessThanIsIndexedUnchanged() throws IOException {
    String text = "Điểm <5 là yếu, <b>đậm</b> & 3<4";
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(a, text,
          new String[] {"điểm", "5", "là", "yếu", "b", "đậm", "b", "3", "4"});
    }
    VietnameseTokenizer keep = new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, false);
    keep.setReader(new StringReader("a<b"));
    assertTokenStreamContents(keep, new String[] {"a", "<", "b"});
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(a, "<b>Đậm</b> nhạt &amp; <i>nghiêng</i>",
          new String[] {"đậm", "nhạt", "nghiêng"});
    }
  }

  public void testLongRunIsSplitAtMaxTokenLength() throws IOException {
    VietnameseTokenizer tokenizer =
        new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, true);
    assertEquals(255, tokenizer.getMaxTokenLength());
    tokenizer.setMaxTokenLength(4);
    tokenizer.setReader(new StringReader("abcdefghij xin"));
    assertTokenStreamContents(tokenizer, new String[] {"abcd", "efgh", "ij", "xin"},
        new int[] {0, 4, 8, 11}, new int[] {4, 8, 10, 14}, new int[] {1, 1, 1, 1});
    expectThrows(IllegalArgumentException.class, () -> tokenizer.setMaxTokenLength(0));
    // Never between the chars of a surrogate pair.
    VietnameseTokenizer emoji = new VietnameseTokenizer(VietnameseTokenizer.Mode.SYLLABLE, false);
    emoji.setMaxTokenLength(2);
    emoji.setReader(new StringReader("abc"));
    assertTokenStreamContents(emoji, new String[] {"ab", "c"});
  }

  public void testImmenseRunNoLongerMakesIndexWriterRejectTheDocument() throws IOException {
    String run = "a".repeat(40_000);
    try (Analyzer a = analyzer(false); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(a))) {
        Document doc = new Document();
        doc.add(new TextField("body", "Mở đầu " + run + " kết thúc", Field.Store.NO));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(1, searcher.count(new TermQuery(new Term("body", "thúc"))));
        assertEquals(1, searcher.count(new TermQuery(new Term("body", "a".repeat(255)))));
        assertEquals(1, searcher.count(new TermQuery(new Term("body", "a".repeat(40_000 % 255)))));
      }
      List<String> terms = terms(a, run);
      assertEquals((40_000 + 254) / 255, terms.size());
    }
  }

  public void testFactoryTakesMaxTokenLength() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("mode", "syllable");
    args.put("maxTokenLength", "3");
    VietnameseTokenizer tokenizer =
        (VietnameseTokenizer) TokenizerFactory.forName("vietnamese", args).create();
    assertEquals(3, tokenizer.getMaxTokenLength());
    tokenizer.setReader(new StringReader("nghiêng"));
    assertTokenStreamContents(tokenizer, new String[] {"ngh", "iên", "g"});
    Map<String, String> bad = new HashMap<>();
    bad.put("maxTokenLength", "0");
    expectThrows(IllegalArgumentException.class, () -> new VietnameseTokenizerFactory(bad));
  }

  private static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}

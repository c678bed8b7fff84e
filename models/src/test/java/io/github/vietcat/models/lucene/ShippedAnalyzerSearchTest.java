package io.github.vietcat.models.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.lucene.VietnameseAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default analyzer (word mode, shipped segmenter) in a real index, with query/document pairs
 * written for this test: party committees that the model alone glues to the verb after them.
 */
class ShippedAnalyzerSearchTest {

  private static final List<String> DOCUMENTS = List.of(
      "Tỉnh ủy ban hành chỉ thị về phòng chống thiên tai trong mùa mưa bão.",
      "Thành ủy ban hành kế hoạch tổ chức đại hội chi bộ nhiệm kỳ mới.",
      "Ủy ban nhân dân tỉnh họp bàn phương án xây dựng cầu qua sông.",
      "Ban Thường vụ Tỉnh uỷ ban hành quy định về tiếp công dân.",
      "Hội nông dân xã tập huấn kỹ thuật trồng lúa cho bà con.");

  private static Analyzer analyzer;
  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    analyzer = new VietnameseAnalyzer();
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < DOCUMENTS.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField("body", DOCUMENTS.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }

  private static List<Integer> search(String query) throws IOException {
    Query q = new QueryBuilder(analyzer).createBooleanQuery("body", query, BooleanClause.Occur.MUST);
    IndexSearcher searcher = new IndexSearcher(reader);
    List<Integer> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
      ids.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("id")));
    }
    ids.sort(null);
    return ids;
  }

  @Test
  void banHanhFindsTheCommitteesThatIssue() throws IOException {
    assertEquals(List.of(0, 1, 3), search("ban hành"));
    assertEquals(List.of(0, 1, 3), search("Ban hành"));
  }

  @Test
  void theCommitteesAreWordsOfTheirOwn() throws IOException {
    assertEquals(List.of(0, 3), search("tỉnh ủy"));
    assertEquals(List.of(0, 3), search("tỉnh uỷ"));
    assertEquals(List.of(1), search("thành ủy"));
    assertEquals(List.of(2), search("ủy ban"));
    assertEquals(List.of(0), search("chỉ thị ban hành"));
  }
}

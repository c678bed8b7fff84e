package io.github.vietcat.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Solr 9 (embedded, from Maven Central) with the configset of {@code
 * examples/solr/configsets/vietnamese} and the vietcat jars on its classpath: news items written
 * for this test are indexed and queried with and without diacritics, and the highlighter's marks
 * are checked against the original text.
 */
class VietnameseConfigsetSolrTest {

  private static final Path CONFIGSET = Path.of("../../examples/solr/configsets/vietnamese/conf");

  private static final Map<String, String> BODIES = Map.of(
      "1", "Tỉnh ủy Hoà Lâm ban hành chỉ thị về phòng chống cháy rừng mùa khô.",
      "2", "Thành ủy Bắc Vân ban hành kế hoạch tổ chức đại hội chi bộ.",
      "3", "Ủy ban nhân dân tỉnh Hoà Lâm họp bàn phương án xây dựng cầu treo.",
      "4", "Hội nông dân xã tập huấn kỹ thuật trồng lúa cho bà con.");

  @TempDir
  static Path home;

  private static EmbeddedSolrServer solr;

  @BeforeAll
  static void startSolr() throws IOException, SolrServerException {
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    Path core = home.resolve("news");
    Path conf = Files.createDirectories(core.resolve("conf"));
    try (Stream<Path> files = Files.list(CONFIGSET)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, conf.resolve(file.getFileName()));
      }
    }
    Files.writeString(core.resolve("core.properties"), "name=news\n", StandardCharsets.UTF_8);
    solr = new EmbeddedSolrServer(home, "news");
    List<SolrInputDocument> docs = new ArrayList<>();
    BODIES.forEach((id, body) -> {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", id);
      doc.addField("body", body);
      docs.add(doc);
    });
    solr.add(docs);
    solr.commit();
  }

  @AfterAll
  static void stopSolr() throws IOException {
    if (solr != null) {
      solr.close();
    }
  }

  private static List<String> ids(String q) throws IOException, SolrServerException {
    SolrQuery query = new SolrQuery(q);
    query.set("q.op", "AND");
    query.setSort("id", SolrQuery.ORDER.asc);
    List<String> ids = new ArrayList<>();
    for (SolrDocument doc : solr.query(query).getResults()) {
      ids.add((String) doc.getFieldValue("id"));
    }
    return ids;
  }

  @Test
  void queriesWithAndWithoutDiacriticsFindTheSameItems() throws Exception {
    assertEquals(List.of("1", "2"), ids("ban hành"));
    assertEquals(List.of("1", "2"), ids("ban hanh"));
    assertEquals(List.of("1", "3"), ids("hoà lâm"));
    assertEquals(List.of("1", "3"), ids("hoa lam"));
    assertEquals(List.of("1", "3"), ids("Hòa Lâm"));
    assertEquals(List.of("2"), ids("thanh uy"));
    assertEquals(List.of("4"), ids("tap huan"));
  }

  @Test
  void highlightsMarkTheOriginalTextAtTheRightOffsets() throws Exception {
    SolrQuery query = new SolrQuery("ban hanh");
    query.set("q.op", "AND");
    query.setHighlight(true);
    query.set("hl.fl", "body");
    query.set("hl.method", "unified");
    query.set("hl.fragsize", "0");
    query.setHighlightSimplePre("[");
    query.setHighlightSimplePost("]");
    QueryResponse response = solr.query(query);
    for (String id : List.of("1", "2")) {
      String snippet = response.getHighlighting().get(id).get("body").get(0);
      String body = BODIES.get(id);
      assertEquals(body, snippet.replace("[", "").replace("]", ""), snippet);
      // The unaccented query marks the accented syllables of the original text, one by one.
      int at = body.indexOf("ban hành");
      assertEquals(body.substring(0, at) + "[ban] [hành]" + body.substring(at + 8), snippet);
    }
  }
}

package io.github.vietcat.opensearch;

import static org.junit.Assert.assertEquals;

import com.carrotsearch.randomizedtesting.RandomizedRunner;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.client.Client;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.node.MockNode;
import org.opensearch.node.Node;
import org.opensearch.search.SearchHit;
import org.opensearch.search.sort.SortOrder;
import org.opensearch.test.MockHttpTransport;
import org.opensearch.transport.nio.MockNioTransportPlugin;

/**
 * A real OpenSearch 2.19 node started with OpenSearch's test framework ({@link MockNode}, the
 * node its single-node tests use) and the plugin: {@code _analyze}, and news items written for
 * this test indexed and searched with and without diacritics.
 *
 * <p>The node is started directly rather than through {@code OpenSearchSingleNodeTestCase}:
 * that base class refuses to run as root, which CI and these machines are. The randomized runner
 * gives the node the random context it asks for; the node's pools outlive a test, so thread-leak
 * checks are off.
 */
@RunWith(RandomizedRunner.class)
@ThreadLeakScope(ThreadLeakScope.Scope.NONE)
public class VietnameseAnalysisPluginTest {

  private static Node node;
  private static Client client;

  @BeforeClass
  public static void startNode() throws Exception {
    Path home = Files.createTempDirectory(
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))), "opensearch");
    Settings settings = Settings.builder()
        .put("cluster.name", "vietcat-test")
        .put("node.name", "node-1")
        .put("path.home", home.toString())
        .put("discovery.type", "single-node")
        .put("transport.type", MockNioTransportPlugin.MOCK_NIO_TRANSPORT_NAME)
        .put("cluster.routing.allocation.disk.watermark.low", "1b")
        .put("cluster.routing.allocation.disk.watermark.high", "1b")
        .put("cluster.routing.allocation.disk.watermark.flood_stage", "1b")
        .build();
    node = new MockNode(settings, List.of(VietnameseAnalysisPlugin.class,
        MockNioTransportPlugin.class, MockHttpTransport.TestPlugin.class));
    node.start();
    client = node.client();
    client.admin().indices().prepareCreate("news").setSettings(Settings.builder()
        .put("index.number_of_shards", 1)
        .put("index.number_of_replicas", 0)
        .put("index.analysis.tokenizer.vi_mixed.type", "vietnamese")
        .put("index.analysis.tokenizer.vi_mixed.mode", "mixed")
        .put("index.analysis.filter.vi_fold.type", "vietnamese_folding")
        .put("index.analysis.filter.vi_fold.preserve_original", true)
        .put("index.analysis.analyzer.text_vi.type", "custom")
        .put("index.analysis.analyzer.text_vi.tokenizer", "vi_mixed")
        .putList("index.analysis.analyzer.text_vi.filter",
            "vietnamese_normalization", "lowercase", "vietnamese_stop", "vi_fold"))
        .setMapping("{\"properties\":{"
            + "\"body\":{\"type\":\"text\",\"analyzer\":\"text_vi\"},"
            + "\"title\":{\"type\":\"text\",\"analyzer\":\"vietnamese\"}}}")
        .get();
    client.admin().cluster().prepareHealth("news").setWaitForGreenStatus().get();
    String[][] items = {
        {"1", "Tỉnh ủy ban hành chỉ thị", "Tỉnh ủy Hoà Lâm ban hành chỉ thị về phòng chống cháy rừng."},
        {"2", "Thành ủy ban hành kế hoạch", "Thành ủy Bắc Vân ban hành kế hoạch tổ chức đại hội."},
        {"3", "Họp bàn xây cầu", "Ủy ban nhân dân tỉnh Hoà Lâm họp bàn xây dựng cầu treo."}};
    for (String[] item : items) {
      client.prepareIndex("news").setId(item[0])
          .setSource(XContentType.JSON, "title", item[1], "body", item[2]).get();
    }
    client.admin().indices().prepareRefresh("news").get();
  }

  @AfterClass
  public static void stopNode() throws IOException {
    if (node != null) {
      node.close();
    }
  }

  private static List<String> terms(String analyzer, String text) {
    AnalyzeAction.Response response = client.admin().indices()
        .prepareAnalyze("news", text).setAnalyzer(analyzer).get();
    List<String> terms = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken token : response.getTokens()) {
      terms.add(token.getTerm() + "@" + token.getPosition());
    }
    return terms;
  }

  private static List<String> search(String field, String query) {
    SearchResponse response = client.prepareSearch("news")
        .setQuery(QueryBuilders.matchQuery(field, query).operator(Operator.AND))
        .addSort("_id", SortOrder.ASC)
        .get();
    List<String> ids = new ArrayList<>();
    for (SearchHit hit : response.getHits().getHits()) {
      ids.add(hit.getId());
    }
    return ids;
  }

  @Test
  public void analyzeApiShowsStackedAndFoldedTerms() {
    assertEquals(List.of("hoà bình@0", "hoa binh@0", "hoà@0", "hoa@0", "bình@1", "binh@1"),
        terms("text_vi", "Hòa Bình"));
    assertEquals(List.of("tỉnh uỷ@0", "ban hành@1", "chỉ thị@2"),
        terms("vietnamese", "<p>Tỉnh ủy ban hành chỉ thị</p>"));
  }

  @Test
  public void searchWithAndWithoutDiacritics() {
    assertEquals(List.of("1", "2"), search("body", "ban hành"));
    assertEquals(List.of("1", "2"), search("body", "ban hanh"));
    assertEquals(List.of("1", "3"), search("body", "hoa lam"));
    assertEquals(List.of("1", "3"), search("body", "Hòa Lâm"));
    assertEquals(List.of("1", "2"), search("title", "ban hành"));
    // The built-in analyzer without folding: unaccented queries do not match.
    assertEquals(List.of(), search("title", "ban hanh"));
  }
}

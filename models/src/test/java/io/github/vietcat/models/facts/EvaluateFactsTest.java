package io.github.vietcat.models.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.models.facts.FactScorer.Counts;
import io.github.vietcat.models.facts.FactScorer.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring command on a tiny gold written for this test. */
class EvaluateFactsTest {

  @TempDir Path shared;

  private List<FactsGold.Item> tinyGold() throws IOException {
    Files.createDirectories(shared.resolve("corpus"));
    Files.createDirectories(shared.resolve("seeds"));
    Files.createDirectories(shared.resolve("facts"));
    Files.writeString(shared.resolve("corpus/dev.jsonl"), String.join("\n",
        "{\"id\":\"t-1\",\"title\":\"Siết quản lý cát\",\"text\":\"Ngày 12/4, UBND tỉnh Bình "
            + "Phước ban hành Chỉ thị số 08/CT-UBND về quản lý khai thác cát.\",\"label\":"
            + "\"DIRECTIVE\"}",
        "{\"id\":\"t-2\",\"title\":\"Họp dân vận\",\"text\":\"Sáng 3/11, Ban Dân vận Tỉnh ủy tổ "
            + "chức hội nghị tại thành phố Đồng Xoài.\",\"label\":\"MEETING_SUMMARY\"}"),
        StandardCharsets.UTF_8);
    Files.writeString(shared.resolve("seeds/000_x.txt"), "Trang chủ\nKhông có gì.",
        StandardCharsets.UTF_8);
    Files.writeString(shared.resolve("facts/facts-dev.jsonl"), String.join("\n",
        "{\"id\":\"t-1\",\"label\":\"DIRECTIVE\",\"facts\":{\"doc_type\":\"Chỉ thị\","
            + "\"doc_code\":\"08/CT-UBND\",\"issuer\":\"UBND tỉnh Bình Phước\",\"signer\":"
            + "\"Trần Văn Nam\",\"date\":\"--04-12\",\"subject\":\"quản lý khai thác cát\","
            + "\"addressees\":[],\"deadlines\":[],\"documents\":[{\"code\":\"08/CT-UBND\","
            + "\"type\":\"Chỉ thị\",\"issuer\":null,\"span\":\"Chỉ thị số 08/CT-UBND\"}]}}",
        "{\"id\":\"t-2\",\"label\":\"MEETING_SUMMARY\",\"facts\":{\"meeting_type\":\"hội nghị\","
            + "\"date\":\"--11-04\",\"organizer\":\"Ban Dân vận\",\"chairs\":[],\"topic\":null,"
            + "\"location\":\"thành phố Đồng Xoài\",\"documents\":[]}}",
        "{\"id\":\"seed-000\",\"label\":\"MEETING_SUMMARY\",\"facts\":{\"meeting_type\":null,"
            + "\"date\":null,\"organizer\":null,\"chairs\":[],\"topic\":null,\"location\":null,"
            + "\"documents\":[]}}"), StandardCharsets.UTF_8);
    return FactsGold.read(shared);
  }

  @Test
  void readsTheGoldWithTheItemsTexts() throws IOException {
    List<FactsGold.Item> items = tinyGold();
    assertEquals(List.of("t-1", "t-2", "seed-000"),
        items.stream().map(FactsGold.Item::id).toList());
    // title, blank line, text: as vietcat facts and classify read a JSON Lines item
    assertTrue(items.get(0).text().startsWith("Siết quản lý cát\n\nNgày 12/4"));
    assertEquals("Trang chủ\nKhông có gì.", items.get(2).text());
  }

  @Test
  void scoresRulesAndBaselineInOneRun() throws IOException {
    // predicted genres: right for t-1, the meeting t-2 taken for a directive
    Tally[] tallies = EvaluateFacts.evaluate(tinyGold(), new FactExtractor(),
        i -> i.id().equals("t-2") ? "DIRECTIVE" : i.label(), null);
    Tally rules = tallies[0];
    Tally baseline = tallies[1];
    Tally predicted = tallies[2];
    assertEquals(new Counts(1, 0, 0), rules.counts("directive.doc_code", false));
    assertEquals(new Counts(1, 0, 0), rules.counts("directive.issuer", true));
    // the gold's signer is not in the text: a miss
    assertEquals(new Counts(0, 0, 1), rules.counts("directive.signer", true));
    assertEquals(new Counts(1, 0, 0), rules.counts("directive.date", true));
    // the gold's meeting date differs from the text's (a planted error): one FP and one FN
    assertEquals(new Counts(0, 1, 1), rules.counts("meeting.date", true));
    // "Ban Dân vận Tỉnh ủy" against "Ban Dân vận": relaxed only
    assertEquals(new Counts(1, 0, 0), rules.counts("meeting.organizer", true));
    assertEquals(new Counts(0, 1, 1), rules.counts("meeting.organizer", false));
    assertEquals(new Counts(1, 0, 0), rules.counts("meeting.location", false));
    assertEquals(new Counts(1, 0, 0), rules.counts("documents", false));
    // the baseline: first date, first code, words after "về", codes with a document word
    assertEquals(new Counts(1, 0, 0), baseline.counts("directive.doc_code", false));
    assertEquals(new Counts(0, 0, 1), baseline.counts("directive.issuer", true));
    assertEquals(new Counts(1, 0, 0), baseline.counts("directive.subject", true));
    assertEquals(new Counts(0, 1, 1), baseline.counts("meeting.date", true));
    assertEquals(new Counts(1, 0, 0), baseline.counts("documents", false));

    // read in the predicted genre: t-1 as with the gold genre
    assertEquals(new Counts(1, 0, 0), predicted.counts("directive.doc_code", false));
    assertEquals(new Counts(1, 0, 0), predicted.counts("directive.issuer", true));
    // t-2's meeting facts are not shown (misses) ...
    assertEquals(new Counts(0, 0, 1), predicted.counts("meeting.organizer", true));
    assertEquals(new Counts(0, 0, 1), predicted.counts("meeting.location", false));
    assertEquals(new Counts(0, 0, 1), predicted.counts("meeting.meeting_type", true));
    // ... and its directive section is empty (no directive evidence): nothing more counted
    assertEquals(new Counts(1, 0, 0), predicted.counts("directive.issuer", true));
    assertEquals(new Counts(1, 0, 0), predicted.counts("directive.date", true));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluateFacts.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), rules, baseline,
        predicted);
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("directive.doc_code"), table);
    assertTrue(table.contains("pred. genre"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("micro (all fields)")), table);
  }

  @Test
  void theFilterExperimentLabelsEachFactAgainstTheGold() throws IOException {
    List<FactsGold.Item> items = tinyGold();
    FactExtractor extractor = new FactExtractor();
    FactFilterExperiment.Scored meeting = FactFilterExperiment.scored(items.get(1),
        extractor.extract(items.get(1).text()));
    FactFilterExperiment.Candidate organizer = meeting.candidates().get("organizer").get(0);
    assertEquals("Ban Dân vận Tỉnh ủy", organizer.element().text());
    assertTrue(organizer.right()); // relaxed match with "Ban Dân vận"
    assertTrue(organizer.filterable());
    assertTrue(List.of(organizer.features()).contains("organizer:rule=organizer-before-verb"),
        List.of(organizer.features()).toString());
    // the planted wrong date is never filtered (dates are kept as the rules give them)
    FactFilterExperiment.Candidate date = meeting.candidates().get("date").get(0);
    assertEquals("--11-03", date.element().exact());
    assertTrue(!date.filterable() && !date.right());
  }

  @Test
  void factsShownInAWronglyPredictedSectionAreFalsePositives() throws IOException {
    List<FactsGold.Item> items = tinyGold();
    FactsGold.Item directive = items.get(0);
    // facts with a filled meeting section, read for the directive item predicted a meeting
    ItemFacts facts = new FactExtractor().extract(items.get(1).text());
    Tally tally = new Tally();
    EvaluateFacts.scoreInPredictedGenre(directive, facts, "MEETING_SUMMARY", tally);
    assertEquals(new Counts(0, 0, 1), tally.counts("directive.doc_code", true));
    assertEquals(new Counts(0, 0, 1), tally.counts("directive.date", true));
    assertEquals(new Counts(0, 1, 0), tally.counts("meeting.organizer", true));
    assertEquals(new Counts(0, 1, 0), tally.counts("meeting.date", true));
    assertEquals(new Counts(0, 1, 0), tally.counts("meeting.location", true));
    // the documents are scored whatever the genre: t-2's text cites none, t-1's gold one
    assertEquals(new Counts(0, 0, 1), tally.counts("documents", true));
  }
}

package io.github.vietcat.models.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.models.facts.FactScorer.Counts;
import io.github.vietcat.models.facts.FactScorer.Element;
import io.github.vietcat.models.facts.FactScorer.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactScorerTest {

  private static Element t(String text) {
    return Element.text(text);
  }

  @Test
  void wordF1() {
    assertEquals(1.0, FactScorer.wordF1("Sở Y tế", "sở  y TẾ."), 1e-9);
    // 2 of 3 gold words, 2 of 2 predicted: P 1, R 2/3
    assertEquals(0.8, FactScorer.wordF1("UBND tỉnh Nam", "UBND tỉnh"), 1e-9);
    assertEquals(0.0, FactScorer.wordF1("Bộ Công an", "Sở Tư pháp"), 1e-9);
  }

  @Test
  void strictFoldsCaseSpacesAndEdgePunctuation() {
    assertEquals(new Counts(1, 0, 0),
        FactScorer.match(List.of(t("Chỉ thị số 08")), List.of(t(" chỉ thị  số 08, ")), false));
    assertEquals(new Counts(0, 1, 1),
        FactScorer.match(List.of(t("Chỉ thị số 08")), List.of(t("Chỉ thị 08")), false));
    assertEquals(new Counts(1, 0, 0),
        FactScorer.match(List.of(t("Chỉ thị số 08")), List.of(t("Chỉ thị 08")), true));
  }

  @Test
  void relaxedNeedsHalfTheWords() {
    // word F1 of "a b c d" and "a e": P 1/2, R 1/4 -> 1/3 < 0.5
    assertEquals(new Counts(0, 1, 1),
        FactScorer.match(List.of(t("an bình cát dũng")), List.of(t("an em")), true));
    // "a b c d" and "a b": P 1, R 1/2 -> 2/3
    assertEquals(new Counts(1, 0, 0),
        FactScorer.match(List.of(t("an bình cát dũng")), List.of(t("an bình")), true));
  }

  @Test
  void listsAreMatchedOneToOne() {
    List<Element> gold = List.of(t("Sở Y tế"), t("Sở Công Thương"), t("Bộ Tài chính"));
    List<Element> predicted = List.of(t("Sở Y tế"), t("Sở Y tế"), t("Sở Công Thương tỉnh"),
        t("Bộ Nội vụ"));
    // "Sở Y tế" once, "Sở Công Thương tỉnh" relaxed only; the second "Sở Y tế" matches nothing
    // more; "Bộ Nội vụ" shares one word of three with "Bộ Tài chính" (F1 1/3).
    assertEquals(new Counts(2, 2, 1), FactScorer.match(gold, predicted, true));
    assertEquals(new Counts(1, 3, 2), FactScorer.match(gold, predicted, false));
  }

  @Test
  void exactPartsMustBeEqual() {
    Element gold = new Element("báo cáo kết quả", "--05-30");
    assertEquals(new Counts(1, 0, 0), FactScorer.match(List.of(gold),
        List.of(new Element("báo cáo kết quả về Sở", "--05-30")), true));
    assertEquals(new Counts(0, 1, 1), FactScorer.match(List.of(gold),
        List.of(new Element("báo cáo kết quả", "--05-31")), true));
    assertEquals(new Counts(1, 0, 0), FactScorer.match(List.of(Element.exact("2024-05-30")),
        List.of(Element.exact("2024-05-30")), false));
  }

  @Test
  void nullOnBothSidesCountsNothing() {
    Tally tally = new Tally();
    tally.add("directive.signer", List.of(), List.of());
    tally.add("directive.signer", List.of(t("Trần Văn Nam")), List.of());
    tally.add("directive.signer", List.of(), List.of(t("Lê Hoa")));
    tally.add("directive.signer", List.of(t("Trần Văn Nam")), List.of(t("Nguyễn An")));
    assertEquals(new Counts(0, 2, 2), tally.counts("directive.signer", true));
    assertEquals(0.0, tally.counts("directive.signer", true).f1(), 1e-9);
    assertEquals(new Counts(0, 0, 0), tally.counts("meeting.topic", true));
  }
}

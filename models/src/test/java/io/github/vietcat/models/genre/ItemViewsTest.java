package io.github.vietcat.models.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.genre.GenreSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemViewsTest {

  // An item written for this test: a title and four paragraphs of a made-up meeting report.
  private static final String SENTENCE = "Sáng 3/4, Huyện uỷ Tân Phước tổ chức hội nghị sơ kết công"
      + " tác xây dựng Đảng quý I, với sự tham dự của các đồng chí trong Ban Thường vụ, lãnh đạo các"
      + " ban, ngành và bí thư các chi bộ, đảng bộ cơ sở trên địa bàn huyện.";
  private static final GenreCorpus.Item ITEM = new GenreCorpus.Item("test-1", "test",
      "Huyện uỷ Tân Phước sơ kết công tác quý I",
      String.join("\n", SENTENCE, SENTENCE, SENTENCE, SENTENCE), "MEETING_SUMMARY", "clear", false);
  private static final List<String> OTHERS = List.of("Xã Kim Sơn khánh thành trường mầm non mới",
      "Huyện Sơn Hà ra quân làm đường giao thông nông thôn");

  @Test
  void aViewIsTheSameEveryTime() {
    for (ItemViews.View view : ItemViews.View.values()) {
      GenreSample a = ItemViews.present(ITEM, view, OTHERS, 0, 1.0);
      GenreSample b = ItemViews.present(ITEM, view, OTHERS, 0, 1.0);
      assertEquals(a, b, view.label());
      assertEquals("MEETING_SUMMARY", a.label());
    }
  }

  @Test
  void aSnippetIsTheWholePageOnOneLineCutInsideASentence() {
    for (long salt = 0; salt < 20; salt++) {
      GenreSample snippet = ItemViews.present(ITEM, ItemViews.View.SNIPPET, OTHERS, salt, 1.0);
      String text = snippet.body();
      assertEquals("", snippet.title());
      assertFalse(text.contains("\n"), text);
      assertTrue(text.length() >= 200 && text.length() <= 1600, text.length() + ": " + text);
      assertFalse(".!?…".indexOf(text.charAt(text.length() - 1)) >= 0, text);
      // The page's opening run into one line: furniture first, then the title, then the body.
      int title = text.indexOf(ITEM.title());
      assertTrue(title > 0, text);
      assertTrue(text.indexOf(SENTENCE.substring(0, 30)) > title + ITEM.title().length(), text);
    }
  }

  @Test
  void anExcerptHasNoTitleAndEndsInsideASentence() {
    GenreSample excerpt = ItemViews.present(ITEM, ItemViews.View.EXCERPT, OTHERS, 0, 1.0);
    assertEquals("", excerpt.title());
    assertTrue(ItemViews.flat(ITEM.text()).startsWith(excerpt.body()), excerpt.body());
    assertTrue(excerpt.body().length() >= 200 && excerpt.body().length() <= 900);
    assertFalse(excerpt.body().endsWith("."), excerpt.body());
  }

  @Test
  void cutInsideSentenceKeepsShortTextsWhole() {
    assertEquals("Một câu ngắn.", ItemViews.cutInsideSentence("Một câu ngắn.", 300));
    assertEquals("Câu một. Câu hai dài hơn",
        ItemViews.cutInsideSentence("Câu một. Câu hai dài hơn một chút", 24));
  }
}

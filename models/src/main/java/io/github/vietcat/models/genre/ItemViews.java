package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Presents a labelled item the way real pages reach a classifier (issue 8), reproducibly: the same
 * item, view and salt always give the same text.
 *
 * <ul>
 *   <li>{@link View#ARTICLE}: title and body as they are.
 *   <li>{@link View#PAGE}: no separate title; the title is folded into a scraped page between site
 *       furniture (site name, breadcrumb, menu, date line, widgets) above and a byline and related
 *       headlines (titles of other items of the same set) below; sometimes a photo caption.
 *   <li>{@link View#EXCERPT}: no title; 300 to 900 chars from the opening of the body, lines
 *       joined as a search engine shows them, cut inside a sentence.
 *   <li>{@link View#TEASER}: the title and the first one to three sentences.
 *   <li>{@link View#SNIPPET}: a search engine's text of a whole portal page: the {@link
 *       View#PAGE} view from its top, furniture, title and body run together on one line, 300 to
 *       1,600 chars cut inside a sentence; no title. Not a training view: it measures what the
 *       other views do not, furniture and title inside the running text.
 * </ul>
 *
 * <p>The furniture strings are written for this class (invented sites and places); none comes
 * from the corpus.
 */
public final class ItemViews {

  /** How an item is shown. */
  public enum View {
    /** Title and body as they are. */
    ARTICLE,
    /** A scraped page with furniture and the title folded in, no title field. */
    PAGE,
    /** 300 to 900 chars of the opening, cut mid-sentence, no title. */
    EXCERPT,
    /** Title and one to three sentences. */
    TEASER,
    /** A whole page on one line, furniture and title included, 300 to 1,600 chars, no title. */
    SNIPPET;

    /** The view's name in lower case, as printed in reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String[] PLACES = {
    "Hoà Lâm", "Tân Phước", "Sơn Hà", "Bình Giang", "Kim Sơn", "Đông Hải", "Phú Lộc", "Mường Lát"
  };
  private static final String[] SITES = {
    "Cổng thông tin điện tử huyện %s", "Trang thông tin điện tử Đảng bộ tỉnh %s",
    "Báo %s điện tử", "ĐẢNG BỘ TỈNH %s", "Cổng thông tin điện tử tỉnh %s"
  };
  private static final String[] BREADCRUMBS = {
    "Trang chủ / Hoạt động các cấp / Công tác Đảng", "Trang chủ > Thời sự > Địa phương",
    "Trang chủ » Tin hoạt động", "Trang chủ / Tin tức", "Tin tức sự kiện",
    "Giới thiệu | Tin tức | Văn bản | Liên hệ"
  };
  private static final String[] DATE_LINES = {
    "Thứ Ba, %02d/%02d/2021, 07:45 (GMT+7)", "Cập nhật lúc: 09:15 %02d/%02d/2022",
    "Ngày đăng: %02d/%02d/2020", "%02d/%02d/2023 08:30", "Thứ Hai, ngày %d tháng %d năm 2021"
  };
  private static final String[] WIDGETS = {
    "Xem với cỡ chữ", "Chờ...", "In bài viết | Gửi email", "Lượt xem: 1.204", "Chia sẻ",
    "Đọc bài viết", "Chế độ ban đêm OFF", "A A A"
  };
  private static final String[] CAPTIONS = {
    "Ảnh minh hoạ", "(Ảnh: Minh Anh)", "Ảnh: Thu Trang", "Toàn cảnh. Ảnh: TL"
  };
  private static final String[] BYLINES = {"Minh Anh", "Thu Hà - Văn Long", "Nguồn: Báo %s",
    "Hoàng Nam", "BBT"};
  private static final String[] RELATED = {"Tin khác", "Các tin khác", "Tin liên quan"};

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*\\s+(?=\\p{Lu}|\\d|[\"“(])");

  private ItemViews() {}

  /**
   * Presents an item in a view.
   *
   * @param item the item
   * @param view the view
   * @param others titles of other items of the same set (the related headlines of a page)
   * @param salt varies the random choices (0 for evaluation; another value for training copies)
   * @param weight the training weight of the sample
   * @return the sample; its title is empty for {@link View#PAGE} and {@link View#EXCERPT}
   */
  public static GenreSample present(GenreCorpus.Item item, View view, List<String> others,
      long salt, double weight) {
    Random random = new Random(item.id().hashCode() * 31L + view.ordinal() * 1_000_003L + salt);
    return switch (view) {
      case ARTICLE -> new GenreSample(item.label(), item.title(), item.text(), weight, item.id());
      case PAGE -> new GenreSample(item.label(), "", page(item, others, random), weight,
          item.id());
      case EXCERPT -> new GenreSample(item.label(), "", excerpt(item.text(), random), weight,
          item.id());
      case TEASER -> new GenreSample(item.label(), item.title(), teaser(item.text(), random),
          weight, item.id());
      case SNIPPET -> new GenreSample(item.label(), "",
          cutInsideSentence(flat(page(item, others, random)), 300 + random.nextInt(1301)), weight,
          item.id());
    };
  }

  /**
   * Presents every item in a view, in order.
   *
   * @param items the items
   * @param view the view
   * @param salt varies the random choices
   * @param weight the training weight of each sample
   * @return one sample per item
   */
  public static List<GenreSample> presentAll(List<GenreCorpus.Item> items, View view, long salt,
      double weight) {
    List<String> titles = items.stream().map(GenreCorpus.Item::title)
        .filter(t -> !t.isBlank()).toList();
    List<GenreSample> out = new ArrayList<>(items.size());
    for (GenreCorpus.Item item : items) {
      out.add(present(item, view, titles, salt, weight));
    }
    return out;
  }

  /** The views added to the training data of the shipped model. */
  public static final List<View> TRAINING_VIEWS = List.of(View.PAGE, View.EXCERPT, View.TEASER);
  /** The salt of training copies: other furniture and cuts than the evaluation views (salt 0). */
  public static final long TRAINING_SALT = 7;
  /** The weight of each training copy (measured in models/README.md). */
  public static final double TRAINING_VIEW_WEIGHT = 0.5;

  /**
   * The training samples of the shipped model: the items' samples followed by a page, an excerpt
   * and a teaser of every item that has a title, each weighing {@code weight}.
   *
   * @param items the training items
   * @param samples the items' own samples (with their weights)
   * @param weight the weight of each view
   * @return the samples and the views, in a fixed order
   */
  public static List<GenreSample> withTrainingViews(List<GenreCorpus.Item> items,
      List<GenreSample> samples, double weight) {
    return withTrainingViews(items, samples, weight, TRAINING_VIEWS);
  }

  /**
   * The samples followed by the given views of every item that has a title, each weighing {@code
   * weight}.
   *
   * @param items the training items
   * @param samples the items' own samples (with their weights)
   * @param weight the weight of each view
   * @param views the views to add, in this order
   * @return the samples and the views, in a fixed order
   */
  public static List<GenreSample> withTrainingViews(List<GenreCorpus.Item> items,
      List<GenreSample> samples, double weight, List<View> views) {
    List<GenreSample> out = new ArrayList<>(samples);
    List<GenreCorpus.Item> titled = items.stream().filter(i -> !i.title().isBlank()).toList();
    for (View view : views) {
      for (GenreSample s : presentAll(titled, view, TRAINING_SALT, weight)) {
        out.add(s);
      }
    }
    return out;
  }

  static String page(GenreCorpus.Item item, List<String> others, Random random) {
    String place = PLACES[random.nextInt(PLACES.length)];
    int day = 1 + random.nextInt(28);
    int month = 1 + random.nextInt(12);
    List<String> lines = new ArrayList<>();
    if (random.nextBoolean()) {
      lines.add(String.format(Locale.ROOT, SITES[random.nextInt(SITES.length)], place));
    }
    lines.add(BREADCRUMBS[random.nextInt(BREADCRUMBS.length)]);
    boolean dateFirst = random.nextBoolean();
    String dateLine = String.format(Locale.ROOT, DATE_LINES[random.nextInt(DATE_LINES.length)],
        day, month);
    if (dateFirst) {
      lines.add(dateLine);
    }
    if (random.nextInt(3) == 0) {
      lines.add(WIDGETS[random.nextInt(WIDGETS.length)]);
    }
    if (!item.title().isBlank()) {
      lines.add(item.title());
    }
    if (!dateFirst) {
      lines.add(dateLine);
    }
    if (random.nextInt(3) == 0) {
      lines.add(WIDGETS[random.nextInt(WIDGETS.length)]);
    }
    String[] paragraphs = item.text().split("\n");
    for (int p = 0; p < paragraphs.length; p++) {
      lines.add(paragraphs[p]);
      if (p == 0 && random.nextInt(4) == 0) {
        lines.add(CAPTIONS[random.nextInt(CAPTIONS.length)]);
      }
    }
    lines.add(String.format(Locale.ROOT, BYLINES[random.nextInt(BYLINES.length)], place));
    lines.add(RELATED[random.nextInt(RELATED.length)]);
    for (int k = 0; k < 3 && !others.isEmpty(); k++) {
      String other = others.get(random.nextInt(others.size()));
      if (!other.equals(item.title())) {
        lines.add(other);
      }
    }
    return String.join("\n", lines);
  }

  static String excerpt(String body, Random random) {
    return cutInsideSentence(flat(body), 300 + random.nextInt(601));
  }

  /** The lines of a text joined with spaces, as a search engine shows a page. */
  static String flat(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  /** About {@code length} chars of the opening of a one-line text, never ending a sentence. */
  static String cutInsideSentence(String flat, int length) {
    if (flat.length() <= length) {
      return flat;
    }
    int cut = length;
    while (cut > 200 && !Character.isWhitespace(flat.charAt(cut))) {
      cut--;
    }
    // Never end on a sentence end: a search-engine excerpt stops inside a sentence.
    String out = flat.substring(0, cut).trim();
    while (!out.isEmpty() && ".!?…".indexOf(out.charAt(out.length() - 1)) >= 0) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  static String teaser(String body, Random random) {
    int sentences = 1 + random.nextInt(3);
    String flat = body.replaceAll("\\s*\\n\\s*", " ").trim();
    Matcher m = SENTENCE_END.matcher(flat);
    int end = flat.length();
    int found = 0;
    while (m.find()) {
      if (++found == sentences) {
        end = m.start() + 1;
        break;
      }
    }
    return flat.substring(0, Math.min(end, flat.length())).trim();
  }
}

package io.github.vietcat.models.facts;

import io.github.vietcat.models.facts.FactScorer.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive baseline the rules are compared with: the first date of the text for every date, a
 * regular expression for document numbers (the first is the directive's number; every one with a
 * document word before it is a cited document), and the words after the first "về" for a subject
 * or topic. Every other field is left empty.
 */
public final class BaselineFacts {

  private static final Pattern DATE =
      Pattern.compile("(?<![\\d/])(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{4}))?(?![\\d/])");
  private static final String CODE = "\\d+(?:\\s?[/-]\\s?[A-ZĐƯ][A-ZĐƯ0-9]*)+";
  private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
  private static final Pattern DOCUMENT = Pattern.compile("(?iu)(chỉ thị|nghị quyết|kế hoạch"
      + "|công văn|công điện|quyết định|thông tư|nghị định|thông báo|hướng dẫn|quy định)"
      + "(?:\\s+số)?\\s+(" + CODE + "|\\d+)");
  private static final Pattern ABOUT = Pattern.compile("(?u)\\bvề\\s+([^.,;:\\n]+)");

  private BaselineFacts() {}

  /**
   * The baseline's elements for a label's fields.
   *
   * @param label the label whose fields are filled
   * @param text the item
   * @return the elements per field (absent fields are empty)
   */
  public static Map<String, List<Element>> predict(String label, String text) {
    Map<String, List<Element>> out = new LinkedHashMap<>();
    for (String field : FactFields.fields(label)) {
      out.put(field, List.of());
    }
    String date = firstDate(text);
    if (date != null && out.containsKey("date")) {
      out.put("date", List.of(Element.exact(date)));
    }
    Matcher code = CODE_PATTERN.matcher(text);
    if (out.containsKey("doc_code") && code.find()) {
      out.put("doc_code", List.of(Element.text(code.group())));
    }
    Matcher about = ABOUT.matcher(text);
    if (about.find()) {
      if (out.containsKey("subject")) {
        out.put("subject", List.of(Element.text(about.group(1).strip())));
      } else if (out.containsKey("topic")) {
        out.put("topic", List.of(Element.text(about.group(1).strip())));
      }
    }
    List<Element> documents = new ArrayList<>();
    Matcher document = DOCUMENT.matcher(text);
    while (document.find() && documents.size() < 8) {
      documents.add(Element.text(document.group()));
    }
    out.put("documents", documents);
    return out;
  }

  /** The first day/month[/year] of the text, normalized, or null. */
  static String firstDate(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      int d = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      if (d < 1 || d > 31 || mo < 1 || mo > 12) {
        continue;
      }
      String day = String.format("%02d-%02d", mo, d);
      return m.group(3) == null ? "--" + day : m.group(3) + "-" + day;
    }
    return null;
  }
}

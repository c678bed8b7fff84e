package io.github.vietcat.models.facts;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.vietcat.facts.CitedDocument;
import io.github.vietcat.facts.DateFact;
import io.github.vietcat.facts.Deadline;
import io.github.vietcat.facts.DirectiveFacts;
import io.github.vietcat.facts.Figure;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.facts.MeetingFacts;
import io.github.vietcat.facts.TextFact;
import io.github.vietcat.facts.TrainingFacts;
import io.github.vietcat.models.facts.FactScorer.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored fields of each genre, and the conversion of gold JSON and of {@link ItemFacts} to
 * {@link Element elements} per field.
 */
public final class FactFields {

  /** The fields of a directive, as named in the gold. */
  public static final List<String> DIRECTIVE = List.of("doc_type", "doc_code", "issuer", "signer",
      "date", "subject", "addressees", "deadlines");
  /** The fields of a meeting summary. */
  public static final List<String> MEETING = List.of("meeting_type", "date", "organizer",
      "chairs", "topic", "location");
  /** The fields of a training report. */
  public static final List<String> TRAINING = List.of("kind", "programme", "organizer", "period",
      "date", "figures");
  /** Fields compared exactly. */
  private static final List<String> EXACT = List.of("date", "kind");

  private FactFields() {}

  /**
   * The fields of a genre label.
   *
   * @param label DIRECTIVE, MEETING_SUMMARY or TRAINING_REPORT
   * @return its fields (without {@code documents}, scored for every item)
   */
  public static List<String> fields(String label) {
    return switch (label) {
      case "DIRECTIVE" -> DIRECTIVE;
      case "MEETING_SUMMARY" -> MEETING;
      case "TRAINING_REPORT" -> TRAINING;
      default -> List.of();
    };
  }

  /** Short section name of a label for field names in reports ("directive.date"). */
  public static String section(String label) {
    return switch (label) {
      case "DIRECTIVE" -> "directive";
      case "MEETING_SUMMARY" -> "meeting";
      case "TRAINING_REPORT" -> "training";
      default -> "other";
    };
  }

  /**
   * The elements of a gold item's facts, per field (including {@code documents}).
   *
   * @param label the item's label
   * @param facts its {@code facts} object
   * @return the elements per field
   */
  public static Map<String, List<Element>> gold(String label, JsonObject facts) {
    Map<String, List<Element>> out = new LinkedHashMap<>();
    for (String field : fields(label)) {
      JsonElement value = facts.get(field);
      List<Element> elements = new ArrayList<>();
      if (value != null && !value.isJsonNull()) {
        if (value.isJsonArray()) {
          for (JsonElement e : value.getAsJsonArray()) {
            elements.add(goldListElement(field, e));
          }
        } else if (EXACT.contains(field)) {
          elements.add(Element.exact(value.getAsString()));
        } else {
          elements.add(Element.text(value.getAsString()));
        }
      }
      out.put(field, elements);
    }
    List<Element> documents = new ArrayList<>();
    JsonElement docs = facts.get("documents");
    if (docs != null && docs.isJsonArray()) {
      for (JsonElement e : docs.getAsJsonArray()) {
        documents.add(Element.text(e.getAsJsonObject().get("span").getAsString()));
      }
    }
    out.put("documents", documents);
    return out;
  }

  private static Element goldListElement(String field, JsonElement e) {
    return switch (field) {
      case "deadlines" -> new Element(string(e.getAsJsonObject(), "what"),
          string(e.getAsJsonObject(), "date"));
      case "figures" -> new Element(string(e.getAsJsonObject(), "span"),
          value(string(e.getAsJsonObject(), "value")));
      default -> Element.text(e.getAsString());
    };
  }

  private static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  /** A figure's value without spaces ("90 %" is "90%"). */
  static String value(String v) {
    return v == null ? null : v.replace(" ", "");
  }

  /**
   * The elements of extracted facts, per field of a label's section.
   *
   * @param label the label whose section is read
   * @param facts the extracted facts
   * @return the elements per field
   */
  public static Map<String, List<Element>> predicted(String label, ItemFacts facts) {
    Map<String, List<Element>> out = new LinkedHashMap<>();
    switch (label) {
      case "DIRECTIVE" -> {
        DirectiveFacts d = facts.directive();
        out.put("doc_type", text(d == null ? null : d.docType()));
        out.put("doc_code", text(d == null ? null : d.docCode()));
        out.put("issuer", text(d == null ? null : d.issuer()));
        out.put("signer", text(d == null ? null : d.signer()));
        out.put("date", date(d == null ? null : d.date()));
        out.put("subject", text(d == null ? null : d.subject()));
        out.put("addressees", d == null ? List.of()
            : d.addressees().stream().map(a -> Element.text(a.text())).toList());
        List<Element> deadlines = new ArrayList<>();
        if (d != null) {
          for (Deadline deadline : d.deadlines()) {
            deadlines.add(new Element(deadline.what().text(),
                deadline.date() == null ? null : deadline.date().value()));
          }
        }
        out.put("deadlines", deadlines);
      }
      case "MEETING_SUMMARY" -> {
        MeetingFacts m = facts.meeting();
        out.put("meeting_type", text(m == null ? null : m.meetingType()));
        out.put("date", date(m == null ? null : m.date()));
        out.put("organizer", text(m == null ? null : m.organizer()));
        out.put("chairs", m == null ? List.of()
            : m.chairs().stream().map(a -> Element.text(a.text())).toList());
        out.put("topic", text(m == null ? null : m.topic()));
        out.put("location", text(m == null ? null : m.location()));
      }
      case "TRAINING_REPORT" -> {
        TrainingFacts t = facts.training();
        out.put("kind", t == null ? List.of() : List.of(Element.exact(t.kind().label())));
        out.put("programme", text(t == null ? null : t.programme()));
        out.put("organizer", text(t == null ? null : t.organizer()));
        out.put("period", text(t == null ? null : t.period()));
        out.put("date", date(t == null ? null : t.date()));
        List<Element> figures = new ArrayList<>();
        if (t != null) {
          for (Figure f : t.figures()) {
            figures.add(new Element(f.span().text(), value(f.value())));
          }
        }
        out.put("figures", figures);
      }
      default -> { }
    }
    List<Element> documents = new ArrayList<>();
    for (CitedDocument d : facts.documents()) {
      documents.add(Element.text(d.span().text()));
    }
    out.put("documents", documents);
    return out;
  }

  private static List<Element> text(TextFact f) {
    return f == null ? List.of() : List.of(Element.text(f.text()));
  }

  private static List<Element> date(DateFact f) {
    return f == null ? List.of() : List.of(Element.exact(f.value()));
  }
}

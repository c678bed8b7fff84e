package io.github.vietcat.examples.cli;

import io.github.vietcat.facts.CitedDocument;
import io.github.vietcat.facts.DateFact;
import io.github.vietcat.facts.Deadline;
import io.github.vietcat.facts.DirectiveFacts;
import io.github.vietcat.facts.Figure;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.facts.MeetingFacts;
import io.github.vietcat.facts.RuleEvidence;
import io.github.vietcat.facts.Span;
import io.github.vietcat.facts.TextFact;
import io.github.vietcat.facts.TrainingFacts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link ItemFacts} for {@code facts} and {@code classify --facts}: as a JSON object (each
 * span as {@code {"text", "start", "end"}}, dates as strings, {@code null} for what the item does
 * not state) or as indented lines for a person to read.
 */
final class FactsOutput {

  private final boolean explain;

  /**
   * Creates a writer.
   *
   * @param explain whether to add each fact's evidence (the rule and its cue)
   */
  FactsOutput(boolean explain) {
    this.explain = explain;
  }

  /** Writes the facts object as the current value of {@code json}. */
  void json(JsonWriter json, ItemFacts facts) {
    json.beginObject().name("directive");
    DirectiveFacts d = facts.directive();
    if (d == null) {
      json.value((String) null);
    } else {
      json.beginObject();
      fact(json.name("doc_type"), d.docType());
      fact(json.name("doc_code"), d.docCode());
      fact(json.name("issuer"), d.issuer());
      fact(json.name("signer"), d.signer());
      date(json.name("date"), d.date());
      fact(json.name("subject"), d.subject());
      facts(json.name("addressees"), d.addressees());
      json.name("deadlines").beginArray();
      for (Deadline deadline : d.deadlines()) {
        json.beginObject();
        fact(json.name("what"), deadline.what());
        date(json.name("date"), deadline.date());
        json.endObject();
      }
      json.endArray().endObject();
    }
    json.name("meeting");
    MeetingFacts m = facts.meeting();
    if (m == null) {
      json.value((String) null);
    } else {
      json.beginObject();
      fact(json.name("meeting_type"), m.meetingType());
      date(json.name("date"), m.date());
      fact(json.name("organizer"), m.organizer());
      facts(json.name("chairs"), m.chairs());
      fact(json.name("topic"), m.topic());
      fact(json.name("location"), m.location());
      json.endObject();
    }
    json.name("training");
    TrainingFacts t = facts.training();
    if (t == null) {
      json.value((String) null);
    } else {
      json.beginObject().name("kind").value(t.kind().label());
      if (explain) {
        evidence(json, t.kindEvidence());
      }
      fact(json.name("programme"), t.programme());
      fact(json.name("organizer"), t.organizer());
      fact(json.name("period"), t.period());
      date(json.name("date"), t.date());
      json.name("figures").beginArray();
      for (Figure f : t.figures()) {
        json.beginObject().name("value").value(f.value()).name("unit").value(f.unit());
        span(json.name("span"), f.span());
        if (explain) {
          evidence(json, f.evidence());
        }
        json.endObject();
      }
      json.endArray().endObject();
    }
    json.name("documents").beginArray();
    for (CitedDocument c : facts.documents()) {
      json.beginObject().name("code").value(c.code()).name("type").value(c.type())
          .name("issuer").value(c.issuer());
      span(json.name("span"), c.span());
      if (explain) {
        evidence(json, c.evidence());
      }
      json.endObject();
    }
    json.endArray().endObject();
  }

  private void fact(JsonWriter json, TextFact fact) {
    if (fact == null) {
      json.value((String) null);
      return;
    }
    spanMembers(json.beginObject(), fact.span());
    if (explain) {
      evidence(json, fact.evidence());
    }
    json.endObject();
  }

  private void facts(JsonWriter json, List<TextFact> facts) {
    json.beginArray();
    for (TextFact f : facts) {
      fact(json, f);
    }
    json.endArray();
  }

  private static void date(JsonWriter json, DateFact date) {
    json.value(date == null ? null : date.value());
  }

  private static void span(JsonWriter json, Span span) {
    spanMembers(json.beginObject(), span).endObject();
  }

  private static JsonWriter spanMembers(JsonWriter json, Span span) {
    return json.name("text").value(span.text()).name("start").value(span.start())
        .name("end").value(span.end());
  }

  private static void evidence(JsonWriter json, RuleEvidence evidence) {
    json.name("rule").value(evidence.rule());
    span(json.name("cue"), evidence.cue());
  }

  /**
   * Writes the facts for a person: the section of the label (every section found when the label
   * is OTHER), then the documents, one fact a line, indented by four spaces.
   */
  void text(PrintWriter out, ItemFacts facts, String label) {
    boolean all = !label.equals("DIRECTIVE") && !label.equals("MEETING_SUMMARY")
        && !label.equals("TRAINING_REPORT");
    DirectiveFacts d = facts.directive();
    if (d != null && (all || label.equals("DIRECTIVE"))) {
      out.println("    directive");
      line(out, "doc_type", d.docType());
      line(out, "doc_code", d.docCode());
      line(out, "issuer", d.issuer());
      line(out, "signer", d.signer());
      line(out, "date", d.date());
      line(out, "subject", d.subject());
      for (TextFact a : d.addressees()) {
        line(out, "addressee", a);
      }
      for (Deadline deadline : d.deadlines()) {
        line(out, "deadline", deadline.what());
        if (deadline.date() != null) {
          line(out, "  by", deadline.date());
        }
      }
    }
    MeetingFacts m = facts.meeting();
    if (m != null && (all || label.equals("MEETING_SUMMARY"))) {
      out.println("    meeting");
      line(out, "meeting_type", m.meetingType());
      line(out, "date", m.date());
      line(out, "organizer", m.organizer());
      for (TextFact c : m.chairs()) {
        line(out, "chair", c);
      }
      line(out, "topic", m.topic());
      line(out, "location", m.location());
    }
    TrainingFacts t = facts.training();
    if (t != null && (all || label.equals("TRAINING_REPORT"))) {
      out.println("    training");
      out.printf(Locale.ROOT, "      %-12s %s%s%n", "kind", t.kind().label(),
          explain ? "  (" + t.kindEvidence().rule() + ": \"" + t.kindEvidence().cue().text()
              + "\")" : "");
      line(out, "programme", t.programme());
      line(out, "organizer", t.organizer());
      line(out, "period", t.period());
      line(out, "date", t.date());
      for (Figure f : t.figures()) {
        out.printf(Locale.ROOT, "      %-12s %s  [%d-%d]%n", "figure", f.span().text(),
            f.span().start(), f.span().end());
      }
    }
    for (CitedDocument c : facts.documents()) {
      out.printf(Locale.ROOT, "    %-14s %s  [%d-%d]%s%n", "document", c.span().text(),
          c.span().start(), c.span().end(), c.code() == null ? "" : "  code " + c.code());
    }
  }

  private void line(PrintWriter out, String name, TextFact fact) {
    if (fact != null) {
      out.printf(Locale.ROOT, "      %-12s %s  [%d-%d]%s%n", name, fact.text(),
          fact.span().start(), fact.span().end(), explain ? "  (" + fact.evidence().rule()
              + ": \"" + fact.evidence().cue().text() + "\")" : "");
    }
  }

  private void line(PrintWriter out, String name, DateFact date) {
    if (date != null) {
      out.printf(Locale.ROOT, "      %-12s %s  (\"%s\" [%d-%d])%n", name, date.value(),
          date.span().text(), date.span().start(), date.span().end());
    }
  }
}

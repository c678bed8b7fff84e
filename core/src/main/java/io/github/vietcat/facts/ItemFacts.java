package io.github.vietcat.facts;

import io.github.vietcat.genre.Genre;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All the facts found in one item. Each section is filled when the item shows evidence for it,
 * whatever its genre; read the section of the item's genre ({@link #section(Genre)}).
 *
 * @param directive the directive facts, or {@code null} when there is no evidence of a directive
 * @param meeting the meeting facts, or {@code null} when there is no evidence of a meeting
 * @param training the training facts, or {@code null} when there is no evidence of training
 * @param documents the documents the item cites (at most 8), in order of appearance
 */
public record ItemFacts(DirectiveFacts directive, MeetingFacts meeting, TrainingFacts training,
    List<CitedDocument> documents) {

  /**
   * Copies the list.
   *
   * @param directive the directive facts, or {@code null}
   * @param meeting the meeting facts, or {@code null}
   * @param training the training facts, or {@code null}
   * @param documents the documents the item cites
   */
  public ItemFacts {
    documents = List.copyOf(documents);
  }

  /**
   * The section of a genre.
   *
   * @param genre the item's genre
   * @return its section ({@link DirectiveFacts}, {@link MeetingFacts} or {@link TrainingFacts}),
   *     empty for {@link Genre#OTHER} or when the section was not found
   */
  public Optional<Record> section(Genre genre) {
    Objects.requireNonNull(genre, "genre");
    return Optional.ofNullable(switch (genre) {
      case DIRECTIVE -> directive;
      case MEETING_SUMMARY -> meeting;
      case TRAINING_REPORT -> training;
      case OTHER -> null;
    });
  }

  /**
   * These facts with every date that has no year resolved against a reference date ({@link
   * DateFact#resolve(LocalDate)}).
   *
   * @param reference the reference date, such as the item's publication date
   * @return the facts with resolved dates
   */
  public ItemFacts resolveDates(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    DirectiveFacts d = directive;
    if (d != null) {
      List<Deadline> deadlines = new ArrayList<>();
      for (Deadline deadline : d.deadlines()) {
        deadlines.add(new Deadline(deadline.what(), resolve(deadline.date(), reference)));
      }
      d = new DirectiveFacts(d.docType(), d.docCode(), d.issuer(), d.signer(),
          resolve(d.date(), reference), d.subject(), d.addressees(), deadlines);
    }
    MeetingFacts m = meeting;
    if (m != null) {
      m = new MeetingFacts(m.meetingType(), resolve(m.date(), reference), m.organizer(),
          m.chairs(), m.topic(), m.location());
    }
    TrainingFacts t = training;
    if (t != null) {
      t = new TrainingFacts(t.kind(), t.kindEvidence(), t.programme(), t.organizer(), t.period(),
          resolve(t.date(), reference), t.figures());
    }
    return new ItemFacts(d, m, t, documents);
  }

  private static DateFact resolve(DateFact date, LocalDate reference) {
    return date == null ? null : date.resolve(reference);
  }
}

package io.github.vietcat.facts;

import java.util.List;

/**
 * The facts of a meeting: which meeting, when, organized and chaired by whom, about what, where.
 * A component is {@code null} (or an empty list) when the item does not state it.
 *
 * @param meetingType the kind of meeting as written ("hội nghị sơ kết", "kỳ họp thứ 12")
 * @param date when it was held
 * @param organizer who held it
 * @param chairs who chaired it (only those the text says chaired: "chủ trì", "chủ tọa", "điều
 *     hành")
 * @param topic what it was about
 * @param location where it was held
 */
public record MeetingFacts(TextFact meetingType, DateFact date, TextFact organizer,
    List<TextFact> chairs, TextFact topic, TextFact location) {

  /**
   * Copies the list.
   *
   * @param meetingType the kind of meeting as written
   * @param date when it was held
   * @param organizer who held it
   * @param chairs who chaired it
   * @param topic what it was about
   * @param location where it was held
   */
  public MeetingFacts {
    chairs = List.copyOf(chairs);
  }
}

package io.github.vietcat.examples.cli;

/**
 * The output formats every command accepts with {@code --format}, so that the same three names
 * work everywhere. What a record is depends on the command (a token, a sentence, an item, a label's
 * scores); each command's help says.
 */
enum OutputFormat {
  /** Plain text for people to read. */
  TEXT,
  /** JSON: one object a line (JSON Lines). */
  JSON,
  /** Tab-separated values with a header line; fields escaped so a record stays on one line. */
  TSV
}

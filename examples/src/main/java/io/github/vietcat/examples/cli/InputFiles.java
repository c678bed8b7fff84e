package io.github.vietcat.examples.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The FILE parameters of the commands that read news text one input at a time (classify, tokenize,
 * segment), declared once and added to each by {@link picocli.CommandLine.Mixin}, so their help
 * and arity cannot drift apart.
 */
final class InputFiles {

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = InputCollector.FILES_DESCRIPTION)
  private List<String> files = List.of();

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "ENCODING",
      converter = EncodingChoice.Converter.class,
      description = "The inputs' encoding: utf-8 (strict; the default), auto (detect each "
          + "input's from its first 64 KiB and say which on standard error; refuse one it cannot "
          + "tell), or tcvn3 (ABC), vni, viqr, windows-1258, viscii. Legacy text is converted to "
          + "Unicode NFC; offsets then count chars of the converted text.")
  private EncodingChoice encoding = EncodingChoice.UTF_8;

  /** The {@code --encoding} policy. */
  EncodingChoice encoding() {
    return encoding;
  }

  /** The file arguments as given: files, folders, {@code -}; empty for standard input alone. */
  List<String> arguments() {
    return files;
  }
}

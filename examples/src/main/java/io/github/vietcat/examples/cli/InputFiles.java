package io.github.vietcat.examples.cli;

import java.util.List;
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

  /** The file arguments as given: files, folders, {@code -}; empty for standard input alone. */
  List<String> arguments() {
    return files;
  }
}

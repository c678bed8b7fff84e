package io.github.vietcat.examples.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a command's file arguments into the list of inputs to read: files are taken as they are,
 * directories are walked recursively for text files in a stable order, {@code -} (or no argument at
 * all) stands for standard input.
 *
 * <p>Arguments that name nothing, and directories without a single text file, are reported to the
 * {@link Diagnostics} and left out; the other inputs are still returned.
 */
final class InputCollector {

  /** The file name extensions (lower case) that count as text files when walking a directory. */
  static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "htm", "html");

  /**
   * The help text of the FILE parameter of every command that reads inputs through this class
   * (a constant, as picocli's annotations need one); it must list {@link #TEXT_EXTENSIONS}. The
   * extensions are written without their dot: picocli may wrap a help line after a dot ("*." then
   * "text" on the next line).
   */
  static final String FILES_DESCRIPTION = "Files or directories (walked recursively, in sorted "
      + "order, for files with the extension txt, text, htm or html); '-' or none for standard input.";

  /** Orders paths name element by name element, so the files of a directory stay together. */
  private static final Comparator<Path> BY_ELEMENTS =
      (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
          int c = a.getName(i).toString().compareTo(b.getName(i).toString());
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
      };

  private InputCollector() {}

  /**
   * Expands the arguments into inputs, in the order given; each directory's files sorted.
   *
   * @param arguments file and directory names, or {@code -} for standard input; empty for standard
   *     input alone
   * @param diagnostics where problems with single arguments are reported
   * @return the inputs to read, possibly empty when every argument failed
   */
  static List<Input> collect(List<String> arguments, Diagnostics diagnostics) {
    List<Input> inputs = new ArrayList<>();
    if (arguments == null || arguments.isEmpty()) {
      inputs.add(Input.stdin());
      return inputs;
    }
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (RuntimeException e) { // InvalidPathException: a NUL or an illegal character
        diagnostics.problem(argument, "not a valid file name");
        continue;
      }
      if (Files.isDirectory(path)) {
        List<Path> found = walk(path, argument, diagnostics);
        if (found.isEmpty()) {
          diagnostics.problem(argument, "directory without text files (" + extensionList() + ")");
        }
        for (Path file : found) {
          inputs.add(new Input(file.toString(), file));
        }
      } else if (Files.exists(path) || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        inputs.add(new Input(argument, path));
      } else {
        diagnostics.problem(argument, "no such file or directory");
      }
    }
    return inputs;
  }

  /** Returns whether a file name ends in one of the {@link #TEXT_EXTENSIONS}. */
  static boolean isTextFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0
        && TEXT_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String extensionList() {
    return TEXT_EXTENSIONS.stream().sorted().map(e -> "*." + e).reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  /** Walks a directory for text files, skipping hidden files and folders; sorted. */
  private static List<Path> walk(Path root, String argument, Diagnostics diagnostics) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir)
              ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isHidden(file) && isTextFileName(file.getFileName().toString())
              && !attrs.isDirectory()) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          diagnostics.problem(file.toString(), "cannot read: " + describe(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.problem(argument, "cannot read directory: " + describe(e));
    }
    found.sort(BY_ELEMENTS);
    return found;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A short description of an I/O error, without the Java class name. */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}

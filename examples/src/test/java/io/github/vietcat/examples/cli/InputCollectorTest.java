package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();
  private final Diagnostics diagnostics = new Diagnostics(new PrintWriter(err, true));

  private List<String> names(List<Input> inputs) {
    return inputs.stream().map(Input::name).toList();
  }

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return file;
  }

  @Test
  void noArgumentsMeansStandardInput() {
    List<Input> inputs = InputCollector.collect(List.of(), diagnostics);
    assertEquals(List.of(Input.stdin()), inputs);
    assertEquals(0, diagnostics.failures());
  }

  @Test
  void dashMeansStandardInputInItsPlace() throws IOException {
    Path a = write("a.txt");
    List<Input> inputs = InputCollector.collect(List.of(a.toString(), "-"), diagnostics);
    assertEquals(List.of(a.toString(), "<stdin>"), names(inputs));
    assertTrue(inputs.get(1).isStdin());
  }

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrderForTextFilesOnly() throws IOException {
    write("b.txt");
    write("a/z.html");
    write("a/y.TXT");
    write("a-c.text");
    write("notes.md");
    write("LABELS.tsv");
    write(".hidden.txt");
    write(".git/x.txt");
    write("c/deeper/d.htm");
    List<Input> inputs = InputCollector.collect(List.of(dir.toString()), diagnostics);
    List<String> expected = List.of("a/y.TXT", "a/z.html", "a-c.text", "b.txt", "c/deeper/d.htm")
        .stream().map(p -> dir.resolve(p).toString()).toList();
    assertEquals(expected, names(inputs));
    assertEquals(0, diagnostics.failures(), err.toString());
  }

  @Test
  void namedFilesAreTakenWhateverTheirExtension() throws IOException {
    Path md = write("notes.md");
    List<Input> inputs = InputCollector.collect(List.of(md.toString()), diagnostics);
    assertEquals(List.of(md.toString()), names(inputs));
  }

  @Test
  void missingFilesAndEmptyDirectoriesAreReportedAndSkipped() throws IOException {
    Path good = write("good.txt");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write("nontext/data.csv");
    String missing = dir.resolve("missing.txt").toString();
    List<Input> inputs = InputCollector.collect(
        List.of(missing, empty.toString(), dir.resolve("nontext").toString(), good.toString()),
        diagnostics);
    assertEquals(List.of(good.toString()), names(inputs));
    assertEquals(3, diagnostics.failures());
    String[] lines = err.toString().split("\n");
    assertEquals("vietcat: " + missing + ": no such file or directory", lines[0]);
    assertEquals("vietcat: " + empty + ": directory without text files "
        + "(*.htm, *.html, *.text, *.txt)", lines[1]);
    assertTrue(lines[2].startsWith("vietcat: " + dir.resolve("nontext") + ": directory without"));
    assertEquals(ExitCodes.BAD_INPUT, diagnostics.exitCode());
  }

  @Test
  void textFileNames() {
    assertTrue(InputCollector.isTextFileName("a.txt"));
    assertTrue(InputCollector.isTextFileName("page.HTML"));
    assertFalse(InputCollector.isTextFileName("txt"));
    assertFalse(InputCollector.isTextFileName(".txt"));
    assertFalse(InputCollector.isTextFileName("model.bin"));
  }

  @Test
  void theFileParameterHelpListsEveryWalkedExtension() {
    for (String extension : InputCollector.TEXT_EXTENSIONS) {
      assertTrue(InputCollector.FILES_DESCRIPTION.matches(".*\\b" + extension + "\\b.*"),
          extension);
    }
    String help = CliRun.run("tokenize", "--help").out();
    assertTrue(help.replaceAll("\\s+", " ").contains(InputCollector.FILES_DESCRIPTION), help);
  }
}

package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vietcat classify} reads at most {@link ClassifyCommand#MAX_ITEM_CHARS} chars of an item. */
class ClassifyPrefixTest {

  private static final int CAP = ClassifyCommand.MAX_ITEM_CHARS;

  /** A directive of the fixture's own words: a title, then an opening that orders things done. */
  private static final String DIRECTIVE = """
      Chỉ thị về tăng cường phòng chống dịch bệnh trên đàn gia súc trong mùa đông

      Để chủ động phòng ngừa dịch bệnh trên đàn gia súc trong những tháng mùa đông, Chủ tịch \
      Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và Ủy ban nhân dân các huyện, thành phố khẩn \
      trương triển khai thực hiện nghiêm các nhiệm vụ sau đây.
      Sở Nông nghiệp chủ trì, phối hợp với các địa phương tổ chức tiêm phòng cho đàn gia súc, \
      kiểm soát chặt chẽ việc vận chuyển gia súc ra vào địa bàn tỉnh.
      Ủy ban nhân dân các huyện chỉ đạo các xã hướng dẫn người dân che chắn chuồng trại, dự \
      trữ thức ăn và không thả rông gia súc khi trời rét đậm.
      """;

  /** A sentence of the fixture's own words, repeated to make the item longer than the cap. */
  private static final String FILLER = "Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp "
      + "trước ngày hai mươi hằng tháng để tổng hợp.\n";

  @TempDir Path dir;

  /** The directive followed by filler sentences up to {@code chars} chars. */
  private static String item(int chars) {
    StringBuilder text = new StringBuilder(chars + FILLER.length()).append(DIRECTIVE);
    while (text.length() < chars) {
      text.append(FILLER);
    }
    return text.substring(0, chars);
  }

  /** Serves {@code length} chars of 'a' and counts how many it served. */
  private static final class CountingReader extends Reader {
    final long length;
    long served;

    CountingReader(long length) {
      this.length = length;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (served >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - served);
      java.util.Arrays.fill(cbuf, off, off + n, 'a');
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void prefixReadsTheCapAndOneMoreCharNeverFurther() throws IOException {
    CountingReader huge = new CountingReader(10L * 1024 * 1024 * 1024); // 10 G chars
    TextReader.Prefix prefix = TextReader.prefix(huge, 5000);
    assertEquals("a".repeat(5000), prefix.text());
    assertTrue(prefix.truncated());
    assertEquals(5001, huge.served);
  }

  @Test
  void aTextOfExactlyTheCapIsWholeAndOneCharMoreIsTruncated() throws IOException {
    TextReader.Prefix exact = TextReader.prefix(new StringReader("abcdef"), 6);
    assertEquals(new TextReader.Prefix("abcdef", false), exact);
    TextReader.Prefix longer = TextReader.prefix(new StringReader("abcdefg"), 6);
    assertEquals(new TextReader.Prefix("abcdef", true), longer);
    assertEquals(new TextReader.Prefix("", false), TextReader.prefix(new StringReader(""), 6));
    assertThrows(IllegalArgumentException.class,
        () -> TextReader.prefix(new StringReader("ab"), 1));
  }

  @Test
  void aPrefixNeverEndsInsideASurrogatePair() throws IOException {
    // U+1F600 is two chars; a cap of 3 would cut it in half, so the prefix ends before it.
    TextReader.Prefix prefix = TextReader.prefix(new StringReader("ab\uD83D\uDE00c"), 3);
    assertEquals(new TextReader.Prefix("ab", true), prefix);
  }

  @Test
  void theRestOfStandardInputIsReadAndThrownAway() throws InputException {
    byte[] bytes = item(3000).getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream stdin = new ByteArrayInputStream(bytes);
    TextReader reader = new TextReader(stdin, EncodingChoice.UTF_8, null);
    TextReader.Prefix prefix = reader.readPrefix(Input.stdin(), 1000);
    assertEquals(item(3000).substring(0, 1000), prefix.text());
    assertTrue(prefix.truncated());
    assertEquals(0, stdin.available(), "standard input is drained");
  }

  @Test
  void aNulCharInThePrefixIsRefusedAsBinary() throws IOException {
    // Past the first 64 KiB that StreamingInput checks byte by byte.
    Path file = dir.resolve("nul.txt");
    Files.writeString(file, item(100_000) + "\0" + FILLER);
    TextReader reader = new TextReader(new ByteArrayInputStream(new byte[0]));
    InputException e = assertThrows(InputException.class,
        () -> reader.readPrefix(new Input(file.toString(), file), CAP));
    assertEquals("binary file (NUL char at char offset 100000), skipped", e.getMessage());
  }

  @Test
  void anItemOverTheCapIsClassifiedFromItsPrefixWithANotice() throws IOException {
    String big = item(CAP + 200_000);
    Path bigFile = Files.createDirectory(dir.resolve("big")).resolve("item.txt");
    Path prefixFile = Files.createDirectory(dir.resolve("prefix")).resolve("item.txt");
    Files.writeString(bigFile, big);
    Files.writeString(prefixFile, big.substring(0, CAP));

    CliRun run = CliRun.run("classify", bigFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("DIRECTIVE "), run.out());
    assertEquals("vietcat: " + bigFile + ": longer than 1,048,576 chars; classified from its "
        + "first 1,048,576 chars only\n", run.err());

    // Everything, evidence and facts included, is what the first CAP chars alone give.
    String[] args = {"classify", "--format", "json", "--explain", "--facts"};
    CliRun whole = CliRun.run(concat(args, bigFile.toString()));
    CliRun prefix = CliRun.run(concat(args, prefixFile.toString()));
    assertEquals(prefix.out().replace(prefixFile.toString(), bigFile.toString()), whole.out());
    assertEquals("", prefix.err());
  }

  @Test
  void anItemOfExactlyTheCapIsReadWholeWithoutANotice() throws IOException {
    Path file = dir.resolve("exact.txt");
    Files.writeString(file, item(CAP));
    CliRun run = CliRun.run("classify", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("DIRECTIVE "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void standardInputAndInputsBesideJsonLinesHaveTheSameCap() throws IOException {
    String big = item(CAP + 5000);
    CliRun stdin = CliRun.runWithStdin(big, "classify", "--format", "tsv");
    assertEquals(0, stdin.exitCode(), stdin.err());
    assertEquals("vietcat: <stdin>: longer than 1,048,576 chars; classified from its first "
        + "1,048,576 chars only\n", stdin.err());
    String[] rows = stdin.out().split("\n");
    assertEquals(2, rows.length, stdin.out());
    assertTrue(rows[1].startsWith("<stdin>\tDIRECTIVE\t"), rows[1]);

    // With a .jsonl input in the same run, the other inputs are streamed: same prefix, same note.
    Path lines = dir.resolve("items.jsonl");
    Files.writeString(lines, "{\"title\": \"Lễ hội\", \"text\": \"Người dân vui chơi.\"}\n");
    Path file = dir.resolve("big.txt");
    Files.writeString(file, big);
    CliRun mixed = CliRun.run("classify", "--format", "tsv", lines.toString(), file.toString());
    assertEquals(0, mixed.exitCode(), mixed.err());
    assertEquals("vietcat: " + file + ": longer than 1,048,576 chars; classified from its first "
        + "1,048,576 chars only\n", mixed.err());
    String[] mixedRows = mixed.out().split("\n");
    assertEquals(3, mixedRows.length, mixed.out());
    assertEquals(rows[1].substring("<stdin>".length()),
        mixedRows[2].substring(file.toString().length()));
    assertFalse(mixed.out().contains("too large"));
  }

  private static String[] concat(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }
}

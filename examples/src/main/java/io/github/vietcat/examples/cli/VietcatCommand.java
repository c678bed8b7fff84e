package io.github.vietcat.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code vietcat} command: the top of the command-line runner, whose subcommands do the work.
 *
 * <p>Run it with {@code ./vietcat} at the top of the repository, or {@code java -jar
 * vietcat-examples-<version>-cli.jar}. Output is UTF-8 whatever the platform's default charset.
 */
@Command(
    name = "vietcat",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Vietnamese news text: genre classification, structured facts, tokenization and word segmentation.",
      ""
    },
    subcommands = {
      ClassifyCommand.class,
      FactsCommand.class,
      TokenizeCommand.class,
      SegmentCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input (a file missing, unreadable, binary or not UTF-8, a directory without text "
          + "files, a bad model or training file); the other inputs are still processed",
      "2:usage error (unknown option, missing or malformed argument)"
    },
    footer = {"", "Run 'vietcat COMMAND --help' for a command's options."})
public final class VietcatCommand implements Runnable {

  @Spec private CommandSpec spec;

  private final InputStream stdin;

  /** Standard output as bytes, under the command line's writer; null when only a writer is set. */
  private final PrintStream stdoutBytes;

  /** Creates the command reading standard input from {@link System#in}. */
  public VietcatCommand() {
    this(System.in);
  }

  /**
   * Creates the command with another standard input (for tests and embedding).
   *
   * @param stdin what the subcommands read when no file is given
   */
  public VietcatCommand(InputStream stdin) {
    this(stdin, null);
  }

  private VietcatCommand(InputStream stdin, PrintStream stdoutBytes) {
    this.stdin = stdin;
    this.stdoutBytes = stdoutBytes;
  }

  /**
   * Standard output as a byte stream that lies under the command line's {@link PrintWriter}, for
   * commands that hand over ready UTF-8 bytes (flush the writer before writing to it); null when
   * the command line was made with a writer only.
   */
  PrintStream stdoutBytes() {
    return stdoutBytes;
  }

  /** The standard input the subcommands read. */
  InputStream stdin() {
    return stdin;
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command");
  }

  /**
   * Builds the command line with its streams and error handling set up.
   *
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @return a command line ready to {@code execute(args)}
   */
  public static CommandLine newCommandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    return configure(new VietcatCommand(stdin), out, err);
  }

  private static CommandLine configure(VietcatCommand command, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setParameterExceptionHandler(VietcatCommand::handleUsageError);
    return commandLine;
  }

  /**
   * Builds the command line writing standard output as UTF-8 to a byte stream, which commands
   * that produce ready UTF-8 bytes (such as {@code segment}) write to directly.
   *
   * @param stdin standard input
   * @param stdout standard output
   * @param err standard error
   * @return a command line ready to {@code execute(args)}; its writer must be flushed at the end
   */
  public static CommandLine newCommandLine(InputStream stdin, PrintStream stdout,
      PrintWriter err) {
    // Built on the PrintStream itself (not on a writer over it), so that checkError() sees a
    // write that failed because the reader went away (a closed pipe: "vietcat ... | head").
    PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
    return configure(new VietcatCommand(stdin, stdout), out, err);
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = newCommandLine(System.in, System.out, err);
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    err.flush();
    System.exit(exitCode);
  }

  /** A usage error: the message, suggestions for a misspelt name, and where to find help. */
  private static int handleUsageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Turns exceptions that escape a command into a one-line message and exit code 1. Problems with
   * single inputs never get here: the commands report them and go on.
   */
  private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      String command = commandLine.getCommandSpec().qualifiedName();
      if (e instanceof CommandFailure failure) {
        err.println(command + ": " + failure.getMessage());
      } else {
        err.println(command + ": internal error: " + e);
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }
}

package io.contactshield.topology.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code contact-shield} command line: {@code contact-shield run --config FILE},
 * {@code contact-shield classify < in.jsonl > out.jsonl},
 * {@code contact-shield keys list|create|rotate|shred --tenant X --config FILE},
 * {@code contact-shield tail --topic T --config FILE}, {@code contact-shield detokenize --tenant X TOKEN...},
 * {@code contact-shield replay-dlq --reason R --config FILE}.
 */
@Command(name = "contact-shield",
        mixinStandardHelpOptions = true,
        versionProvider = ContactShieldCommand.Version.class,
        description = "contact-shield: protects personal data in contact-centre events.")
public final class ContactShieldCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private ContactShieldCommand() {
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: run, classify, keys, tail, detokenize or replay-dlq");
    }

    public static void main(String[] args) {
        // The raw descriptors, not System.out: a PrintStream swallows write errors, and a reader
        // that went away must end the command with an I/O error.
        int status = execute(args, new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out), System.err);
        System.exit(status);
    }

    /** Runs the command line with the given streams; returns the exit status. */
    static int execute(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return execute(args, in, out, err, System.getenv(), Terminal.system());
    }

    /** As above, with the environment and terminal (null: none) the commands see. */
    static int execute(String[] args, InputStream in, OutputStream out, OutputStream err,
            Map<String, String> environment, Terminal terminal) {
        // A progress line only on a terminal: the process's own standard error, when it is one.
        boolean progress = err == System.err && Progress.stderrIsTerminal();
        CommandLine commandLine = new CommandLine(new ContactShieldCommand())
                .addSubcommand("classify", new ClassifyCommand(in, out))
                .addSubcommand("keys", KeysCommand.commandLine(environment, terminal))
                .addSubcommand("run", new RunCommand(environment))
                .addSubcommand("tail", new TailCommand(environment, progress))
                .addSubcommand("detokenize", new DetokenizeCommand(environment, in))
                .addSubcommand("replay-dlq", new ReplayDlqCommand(environment, progress));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }

    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = ContactShieldCommand.class.getPackage().getImplementationVersion();
            return new String[] {"contact-shield " + (version == null ? "(development build)" : version)};
        }
    }
}

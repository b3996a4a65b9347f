package io.contactshield.topology.cli;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Finds personal data in free text. Reads JSON lines {\"id\": ..., \"text\": ...} from standard"
                    + " input and writes one JSON line per input line to standard output, in the same order:"
                    + " {\"id\": ..., \"findings\": [{\"type\", \"start\", \"end\", \"confidence\"}]}, offsets in"
                    + " Unicode code points of text, end exclusive. A line that cannot be classified gets"
                    + " {\"id\": ..., \"error\": ...} (or \"line\": N instead of \"id\") and processing goes on.",
            "Exit status: 0 when all input was read (even with error lines), 1 on an I/O error,"
                    + " 2 on bad options."
        })
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "US", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (ISO 3166 code,"
                    + " e.g. US, GB, DE; ZZ reads only international numbers). Default: ${DEFAULT-VALUE}.")
    private String region;

    @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "P",
            description = "Report findings with at least this confidence, 0 to 1. Default: ${DEFAULT-VALUE}.")
    private double minConfidence;

    @Option(names = "--identifier-words", split = ",", paramLabel = "WORD",
            description = "Words your contact centre writes before its own identifiers (badge, member no),"
                    + " comma-separated: a digit run one of them labels is read as that identifier, not as a"
                    + " phone number, card or SSN.")
    private List<String> identifierWords = List.of();

    private final InputStream in;
    private final OutputStream out;

    ClassifyCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() {
        String regionCode = region.strip().toUpperCase(Locale.ROOT);
        if (!regionCode.equals("ZZ") && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(regionCode)) {
            throw new ParameterException(spec.commandLine(),
                    "--region: '" + region + "' is not a region code known to libphonenumber (such as US, GB, DE)");
        }
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new ParameterException(spec.commandLine(), "--min-confidence: must be from 0 to 1");
        }
        ClassifierSettings settings;
        try {
            settings = new ClassifierSettings(regionCode, minConfidence, identifierWords);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--identifier-words: " + e.getMessage());
        }
        TextClassifier classifier = TextClassifier.create(settings);
        try {
            new ClassifyLines(classifier).run(in, out);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("contact-shield classify: I/O error: " + e);
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}

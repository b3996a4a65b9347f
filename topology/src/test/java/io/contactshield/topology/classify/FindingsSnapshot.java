package io.contactshield.topology.classify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes every finding of the built-in classifier over every evaluation set, one line each (set, line,
 * type, span, confidence, detector), so that two builds can be compared with {@code diff}: speed
 * work on the detectors must leave this file unchanged. Not a test; run it before and after a change:
 *
 * <pre>
 * mvn -q -B -pl topology test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp topology/target/test-classes:topology/target/classes:$(cat /tmp/cp.txt) \
 *     io.contactshield.topology.classify.FindingsSnapshot /tmp/findings-before.txt
 * </pre>
 */
public final class FindingsSnapshot {

    private static final List<String> SETS = Stream.concat(Stream.of(Evaluation.RESOURCE), Evaluation.BLIND_SETS.stream())
            .toList();

    private FindingsSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FindingsSnapshot OUTPUT_FILE");
            System.exit(2);
        }
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        long findings = 0;
        long nanos = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (String set : SETS) {
                for (Evaluation.Example example : Evaluation.load(set)) {
                    long started = System.nanoTime();
                    List<Detection> detections = classifier.classify(example.text());
                    nanos += System.nanoTime() - started;
                    for (Detection d : detections) {
                        out.printf(Locale.ROOT, "%s %s %s %d %d %.4f %s%n", set, example.id(), d.type(), d.start(),
                                d.end(), d.confidence(), d.detector());
                        findings++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d findings over %d sets in %s (classification %.0f ms, one cold pass)%n",
                findings, SETS.size(), args[0], nanos / 1e6);
    }
}

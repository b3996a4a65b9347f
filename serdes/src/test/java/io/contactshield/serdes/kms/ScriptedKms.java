package io.contactshield.serdes.kms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A fake {@link Kms} for the decorators' tests: each call takes the next scripted failure, if any,
 * else succeeds (with a fixed key); it records the operation of every call.
 */
final class ScriptedKms implements Kms {

    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();
    private Runnable onCall = () -> {
    };
    private boolean closed;

    /** The next calls fail with these, in order. */
    ScriptedKms failWith(RuntimeException... next) {
        failures.addAll(List.of(next));
        return this;
    }

    /** Runs on every call, before it succeeds or fails (e.g. to advance a clock). */
    ScriptedKms onCall(Runnable action) {
        onCall = action;
        return this;
    }

    static KmsException failure(KmsException.Reason reason) {
        return new KmsException(reason, "GenerateDataKey", "key k: scripted " + reason);
    }

    List<String> calls() {
        return calls;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
        next("GenerateDataKey");
        return new DataKey("arn:test:" + keyId, PlaintextKey.copyOf(new byte[32]), new byte[] {1, 2, 3});
    }

    @Override
    public PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        next("Decrypt");
        return PlaintextKey.copyOf(new byte[32]);
    }

    @Override
    public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        next("Encrypt");
        return new byte[] {4, 5, 6};
    }

    @Override
    public String describeKey(String keyId) {
        next("DescribeKey");
        return "arn:test:" + keyId;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void next(String operation) {
        calls.add(operation);
        onCall.run();
        RuntimeException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
    }
}

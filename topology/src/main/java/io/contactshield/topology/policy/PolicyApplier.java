package io.contactshield.topology.policy;

import io.contactshield.topology.classify.Finding;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rewrites a string by its findings as a {@link ProtectionPolicy} says, and reports what it did to
 * each finding.
 *
 * <p>Findings that overlap (a schema finding and a content finding, say) are protected as one
 * span, from the first start to the last end, under the rule of the earliest and then longest of
 * them, so no part of either is left in clear; each of them reports that rule's action.
 */
public final class PolicyApplier {

    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparingInt((Finding f) -> f.detection().start())
            .thenComparing(f -> f.detection().end(), Comparator.reverseOrder());

    private final ProtectionPolicy policy;
    private final ValueTokenizer tokenizer;
    private final ValueHasher hasher;

    /**
     * @param tokenizer required if the policy may {@linkplain PolicyAction#TOKENIZE tokenize}
     * @param hasher required if the policy may {@linkplain PolicyAction#HASH hash}; there is no
     *     unkeyed fallback, since an unkeyed hash of a phone or card number is reversed by
     *     enumeration
     * @throws IllegalArgumentException if the policy needs a tokenizer or hasher that is null
     */
    public PolicyApplier(ProtectionPolicy policy, ValueTokenizer tokenizer, ValueHasher hasher) {
        this.policy = Objects.requireNonNull(policy, "policy");
        Set<PolicyAction> actions = policy.actions();
        if (tokenizer == null && actions.contains(PolicyAction.TOKENIZE)) {
            throw new IllegalArgumentException("The policy tokenizes, but no tokenizer was given");
        }
        if (hasher == null && actions.contains(PolicyAction.HASH)) {
            throw new IllegalArgumentException("The policy hashes, but no keyed hasher was given;"
                    + " an unkeyed hash is never used instead");
        }
        this.tokenizer = tokenizer;
        this.hasher = hasher;
    }

    /**
     * {@code text} with every finding replaced.
     *
     * @param findings findings in {@code text}, UTF-16 offsets, any order
     * @throws IllegalArgumentException if a finding lies outside the text
     */
    public ProtectedText apply(String tenantId, String text, List<Finding> findings) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(text, "text");
        if (findings.isEmpty()) {
            return new ProtectedText(text, List.of());
        }
        for (Finding finding : findings) {
            if (finding.detection().end() > text.length()) {
                throw new IllegalArgumentException("A finding at [" + finding.detection().start() + ", "
                        + finding.detection().end() + ") lies outside a text of length " + text.length());
            }
        }
        Integer[] order = new Integer[findings.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(findings::get, BY_POSITION));
        AppliedAction[] applied = new AppliedAction[findings.size()];

        StringBuilder result = new StringBuilder(text.length() + 32);
        int copied = 0;
        int i = 0;
        while (i < order.length) {
            Finding lead = findings.get(order[i]);
            int start = lead.detection().start();
            int end = lead.detection().end();
            int last = i;
            while (last + 1 < order.length && findings.get(order[last + 1]).detection().start() < end) {
                last++;
                end = Math.max(end, findings.get(order[last]).detection().end());
            }
            ProtectionRule rule = policy.ruleFor(lead.fieldPath(), lead.type());
            Replacement replacement = replacement(rule, tenantId, lead.type(), text.substring(start, end));
            result.append(text, copied, start).append(replacement.text());
            copied = end;
            Integer keyVersion = replacement.keyVersion();
            for (int j = i; j <= last; j++) {
                applied[order[j]] = new AppliedAction(findings.get(order[j]), rule.action(), keyVersion);
            }
            i = last + 1;
        }
        result.append(text, copied, text.length());
        return new ProtectedText(result.toString(), List.of(applied));
    }

    private Replacement replacement(ProtectionRule rule, String tenantId, String type, String value) {
        return switch (rule.action()) {
            case TOKENIZE -> checked(tokenizer.tokenizeWithKeyVersion(tenantId, type, value), "The tokenizer returned null");
            case HASH -> checked(hasher.hashWithKeyVersion(tenantId, type, value), "The hasher returned null");
            case MASK -> new Replacement(PolicyMask.mask(value, rule), null);
            case REDACT -> new Replacement("[REDACTED:" + type + "]", null);
        };
    }

    private static Replacement checked(Replacement replacement, String message) {
        Objects.requireNonNull(replacement, message);
        Objects.requireNonNull(replacement.text(), message);
        return replacement;
    }
}

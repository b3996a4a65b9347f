package io.contactshield.topology.policy;

import java.util.List;

/** A policy file that cannot be used; {@link #problems()} names every bad key. */
public final class InvalidPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidPolicyException(String source, List<String> problems) {
        super("Invalid protection policy " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per problem, each starting with the key it is about. */
    public List<String> problems() {
        return problems;
    }
}

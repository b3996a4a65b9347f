package io.contactshield.topology.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Where a command asks the user a question; tests give their own. */
@FunctionalInterface
interface Terminal {

    /** The line the user typed after {@code prompt}, or null at end of input. */
    String readLine(String prompt);

    /** The process's terminal, or null if standard input and output are not one. */
    static Terminal system() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return null;
        }
        return prompt -> console.readLine("%s", prompt);
    }

    // From Java 22 System.console() may be non-null without a terminal; Console.isTerminal() tells.
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

package org.doudi.shell.internal;

import org.apache.karaf.shell.api.console.CommandLine;

/** Reads what has been typed on the command line being completed. */
final class CompleterArgs {

    private CompleterArgs() {
    }

    /**
     * The value given to the option {@code name} (or its {@code alias}) before the word being completed, e.g. the
     * street of {@code --street tianshanlu} or {@code --street=tianshanlu}; null when not given.
     */
    static String option(CommandLine line, String name, String alias) {
        String[] words = line.getArguments();
        int upTo = Math.min(words.length, Math.max(0, line.getCursorArgumentIndex()));
        for (int i = 0; i < upTo; i++) {
            String w = words[i];
            if ((w.equals(name) || w.equals(alias)) && i + 1 < upTo) {
                return blankToNull(words[i + 1]);
            }
            if (w.startsWith(name + "=")) {
                return blankToNull(w.substring(name.length() + 1));
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

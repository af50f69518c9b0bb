package org.doudi.program.temporaryrelief.internal;

/**
 * A listing's page, read from the query string: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}.
 *
 * @param page zero-based page
 * @param size page size
 */
record Paging(int page, int size) {
    static final int MAX_SIZE = 100;

    static Paging of(String page, String size) {
        Violations v = new Violations();
        int p = number(v, "page", page, 0, 1_000_000);
        int s = number(v, "size", size, 1, MAX_SIZE);
        v.throwIfAny();
        return new Paging(p, s);
    }

    private static int number(Violations v, String field, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, "range", "must be a whole number from " + min + " to " + max + ", was '" + text + "'");
        return min;
    }
}

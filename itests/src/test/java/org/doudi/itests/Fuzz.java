package org.doudi.itests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed requests from a valid-looking body: truncations, wrong types, huge and negative numbers,
 * bad dates, unicode, SQL and script fragments, deep nesting, duplicate keys, oversized bodies. Seeded, so a
 * failure can be replayed.
 */
public final class Fuzz {
    private static final String[] NASTY = {"\"' OR 1=1 --\"", "\"<script>alert(1)</script>\"", "\"; DROP TABLE household;\"",
        "1e999999", "-1", "-0.001", "123456789012345678901234567890.123", "null", "true", "[]", "{}", "\"\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"𠜎𠜱𠝹𠱓\"", "\"2024-13-45\"", "\"0000-00-00\"", "\"x\"", "0.1e-7", "NaN",
        "\"${jndi:ldap://127.0.0.1/a}\"", "\"../../etc/passwd\"", "9999999999999999999", "1.005", "[1,2,3]",
        "{\"$ne\":null}", "\"HEAD\"", "\"\\\"\""};
    private final Random random;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    /** One malformed variant of {@code json}. */
    public byte[] mutate(String json) {
        switch (random.nextInt(9)) {
            case 0:
                return bytes(json.substring(0, 1 + random.nextInt(json.length() - 2)));
            case 1:
                return bytes(replaceValue(json, NASTY[random.nextInt(NASTY.length)]));
            case 2:
                return bytes(replaceValue(json, NASTY[random.nextInt(NASTY.length)]).replaceFirst("\\{", "{\"extra"
                        + random.nextInt(100) + "\":1,"));
            case 3:
                return bytes("[".repeat(50 + random.nextInt(500)) + "]".repeat(10));
            case 4:
                return bytes(json.replaceFirst("\\{", "{\"street\":\"a\",\"street\":\"b\","));
            case 5: {
                char[] c = json.toCharArray();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    c[random.nextInt(c.length)] = (char) (random.nextInt(0x3000) + 1);
                }
                return bytes(new String(c));
            }
            case 6:
                return bytes("{\"street\":\"" + "长".repeat(400_000 + random.nextInt(100_000)) + "\"}");
            case 7:
                return bytes(NASTY[random.nextInt(NASTY.length)]);
            default: {
                byte[] b = new byte[1 + random.nextInt(200)];
                random.nextBytes(b);
                return b;
            }
        }
    }

    private String replaceValue(String json, String replacement) {
        List<int[]> values = new ArrayList<>();
        for (int i = json.indexOf(':'); i >= 0; i = json.indexOf(':', i + 1)) {
            int end = i + 1;
            int depth = 0;
            boolean inString = false;
            while (end < json.length()) {
                char ch = json.charAt(end);
                if (ch == '"' && json.charAt(end - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && (ch == '{' || ch == '[')) {
                    depth++;
                } else if (!inString && (ch == '}' || ch == ']')) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (!inString && depth == 0 && ch == ',') {
                    break;
                }
                end++;
            }
            values.add(new int[] {i + 1, end});
        }
        int[] v = values.get(random.nextInt(values.size()));
        return json.substring(0, v[0]) + replacement + json.substring(v[1]);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

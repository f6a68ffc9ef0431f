package org.convlab.lesson;

import java.util.List;

/** "Did you mean …?" for misspelt keys and values (edit distance). */
final class Suggest {
    private Suggest() { }

    /** The known word nearest to {@code word}, or null when none is reasonably close. */
    static String nearest(String word, List<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) { bestD = d; best = k; }
        }
        int limit = Math.max(2, word.length() / 3);
        return bestD <= limit ? best : null;
    }

    /** " (did you mean 'x'?)" or " (known: a, b, c)". */
    static String hint(String word, List<String> known) {
        String n = nearest(word, known);
        return n != null ? " (did you mean '" + n + "'?)" : " (known: " + String.join(", ", known) + ")";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}

package org.convlab.ui.animation;

import java.util.Set;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;

/** What a hovered cell feeds and comes from, found in the trace. */
final class HoverInfo {
    interface Key { long of(Space s, int c, int y, int x); }

    private HoverInfo() { }

    static String describe(Trace t, Space s, int c, int y, int x, Set<Long> related, Key key) {
        related.clear();
        int feeds = 0, from = 0, padded = 0;
        for (int k = 0; k < t.size(); k++) {
            if (t.sourceSpace(k) == s && t.sourceC(k) == c && t.sourceY(k) == y && t.sourceX(k) == x) {
                if (related.add(key.of(t.targetSpace(k), t.targetC(k), t.targetY(k), t.targetX(k)))) feeds++;
            }
            if (t.targetSpace(k) == s && t.targetC(k) == c && t.targetY(k) == y && t.targetX(k) == x && t.sourceSpace(k) != Space.NONE) {
                if (related.add(key.of(t.sourceSpace(k), t.sourceC(k), t.sourceY(k), t.sourceX(k)))) {
                    from++;
                    if (t.padded(k)) padded++;
                }
            }
        }
        String cell = s + "[" + c + ", " + y + ", " + x + "]";
        StringBuilder sb = new StringBuilder("Hover: ").append(cell);
        if (feeds > 0) sb.append(" feeds ").append(feeds).append(" cell(s)");
        if (from > 0) sb.append(feeds > 0 ? ", and " : " ").append("comes from ").append(from).append(" cell(s)")
                .append(padded > 0 ? " (" + padded + " of them zero padding)" : "");
        if (feeds == 0 && from == 0) sb.append(": not used by this method (stride or crop)");
        return sb.append(". Shown in teal; click an output cell to jump to its completion.").toString();
    }

    static int lastStepTargeting(Trace t, Space s, int c, int y, int x) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (t.targetSpace(k) == s && t.targetC(k) == c && t.targetY(k) == y && t.targetX(k) == x) return k;
            if (t.hasExtra(k) && t.extraSpace(k) == s && t.extraC(k) == c && t.extraY(k) == y && t.extraX(k) == x) return k;
        }
        return -1;
    }
}

package dev.masthead.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

/**
 * A unified line diff of two texts (Myers, in linear space) in bounded work,
 * whatever the texts: lines both share at the start and the end are set aside
 * first (an edit of a long article is cheap), each line is numbered once by
 * its content so the algorithm compares ints, not long strings, and the part
 * that differs is compared over at most {@link #MAX_COMPARED_LINES} lines of
 * each side: Myers takes time (N+M)·D, so two long, unrelated texts would
 * otherwise take minutes. The answer says when it was cut and where.
 */
public final class LineDiff {

    /** Differing lines compared per side: (2 × 3000)² steps at worst, well under a second. */
    public static final int MAX_COMPARED_LINES = 3000;
    /** Lines of unified output at most, headers and context included. */
    public static final int MAX_OUTPUT_LINES = 10_000;
    private static final int CONTEXT = 3;

    /**
     * @param lines    unified diff lines ({@code ---}, {@code +++}, {@code @@} hunks), empty when the texts are equal
     * @param complete false when the comparison or the output was cut at a bound
     * @param note     why it was cut, null when complete
     */
    public record Result(List<String> lines, boolean complete, String note) {
    }

    private LineDiff() {
    }

    /** A null text counts as empty (nothing before the first revision). */
    public static Result unified(String before, String after, String beforeName, String afterName) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int aEnd = a.size() - suffix;
        int bEnd = b.size() - suffix;
        String note = null;
        if (aEnd - prefix > MAX_COMPARED_LINES || bEnd - prefix > MAX_COMPARED_LINES) {
            note = "The texts differ over more than " + MAX_COMPARED_LINES + " lines; only the first "
                    + MAX_COMPARED_LINES + " differing lines of each side (from line " + (prefix + 1)
                    + ") were compared";
            aEnd = Math.min(aEnd, prefix + MAX_COMPARED_LINES);
            bEnd = Math.min(bEnd, prefix + MAX_COMPARED_LINES);
        }
        Patch<String> patch = compare(a, b, prefix, aEnd, bEnd);
        if (patch.getDeltas().isEmpty()) {
            return new Result(List.of(), note == null, note);
        }
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, a, patch, CONTEXT);
        if (unified.size() > MAX_OUTPUT_LINES) {
            unified = new ArrayList<>(unified.subList(0, MAX_OUTPUT_LINES));
            note = (note == null ? "" : note + "; ") + "the diff was cut after " + MAX_OUTPUT_LINES + " lines";
        }
        return new Result(unified, note == null, note);
    }

    /** Diffs a[prefix, aEnd) with b[prefix, bEnd) as line numbers and answers the deltas on the whole texts. */
    private static Patch<String> compare(List<String> a, List<String> b, int prefix, int aEnd, int bEnd) {
        Map<String, Integer> numbers = new HashMap<>();
        List<Integer> left = number(a.subList(prefix, aEnd), numbers);
        List<Integer> right = number(b.subList(prefix, bEnd), numbers);
        Patch<Integer> numbered = DiffUtils.diff(left, right, new MyersDiffWithLinearSpace<Integer>());
        Patch<String> patch = new Patch<>();
        List<AbstractDelta<Integer>> deltas = numbered.getDeltas();
        for (int i = 0; i < deltas.size(); i++) {
            Chunk<Integer> source = deltas.get(i).getSource();
            Chunk<Integer> target = deltas.get(i).getTarget();
            // The linear-space Myers answers a replaced run as a deletion and an insertion side by side; one
            // change reads as a diff should (the old lines, then the new).
            if (i + 1 < deltas.size() && adjacent(deltas.get(i), deltas.get(i + 1))) {
                AbstractDelta<Integer> next = deltas.get(++i);
                source = deltas.get(i - 1).getType() == DeltaType.DELETE ? source : next.getSource();
                target = deltas.get(i - 1).getType() == DeltaType.INSERT ? target : next.getTarget();
            }
            int from = prefix + source.getPosition();
            int to = prefix + target.getPosition();
            patch.addDelta(new ChangeDelta<>(new Chunk<>(from, a.subList(from, from + source.size())),
                    new Chunk<>(to, b.subList(to, to + target.size()))));
        }
        return patch;
    }

    /** A deletion and an insertion at one place in both texts, in either order. */
    private static boolean adjacent(AbstractDelta<Integer> first, AbstractDelta<Integer> second) {
        if (first.getType() == DeltaType.DELETE && second.getType() == DeltaType.INSERT) {
            return second.getSource().getPosition() == first.getSource().getPosition() + first.getSource().size()
                    && second.getTarget().getPosition() == first.getTarget().getPosition();
        }
        if (first.getType() == DeltaType.INSERT && second.getType() == DeltaType.DELETE) {
            return second.getSource().getPosition() == first.getSource().getPosition()
                    && second.getTarget().getPosition() == first.getTarget().getPosition() + first.getTarget().size();
        }
        return false;
    }

    private static List<Integer> number(List<String> lines, Map<String, Integer> numbers) {
        List<Integer> numbered = new ArrayList<>(lines.size());
        for (String line : lines) {
            numbered.add(numbers.computeIfAbsent(line, l -> numbers.size()));
        }
        return numbered;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\n", -1));
    }
}

package org.iseg3d.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a corpus build read, kept and skipped (and why). Filled by one thread. */
public final class CorpusReport {

    private final List<CorpusObject> objects = new ArrayList<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Integer> pieces = new TreeMap<>();
    private int droppedSmallParts;
    private long lineFaces;
    private long millis;

    void piece(String library) {
        pieces.merge(library, 1, Integer::sum);
    }

    void kept(CorpusObject o) {
        objects.add(o);
        droppedSmallParts += o.droppedSmall();
    }

    void skipped(String reason, int droppedSmall) {
        skipped.merge(reason, 1, Integer::sum);
        droppedSmallParts += droppedSmall;
    }

    void error(String reason, String message) {
        skipped(reason, 0);
        errors.add(message);
    }

    void lineFaces(int n) {
        lineFaces += n;
    }

    /** Two-vertex faces ignored over all OBJ files read. */
    public long lineFaces() {
        return lineFaces;
    }

    void millis(long ms) {
        millis = ms;
    }

    public List<CorpusObject> objects() {
        return List.copyOf(objects);
    }

    /** Skipped objects by reason. */
    public Map<String, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    /** Messages of unreadable objects (file and line for OBJ errors). */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public int droppedSmallParts() {
        return droppedSmallParts;
    }

    public long millis() {
        return millis;
    }

    public long count(String split) {
        return objects.stream().filter(o -> o.split().equals(split)).count();
    }

    public Map<String, Long> countBy(Function<CorpusObject, String> key) {
        return objects.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** A plain-text summary (CLI output). */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("pieces read per library: ").append(pieces).append('\n');
        b.append("objects kept: ")
                .append(objects.size())
                .append(" (train ")
                .append(count(SplitRule.TRAIN))
                .append(", eval ")
                .append(count(SplitRule.EVAL))
                .append(")\n");
        b.append("per library: ").append(countBy(CorpusObject::library)).append('\n');
        b.append("per licence: ").append(countBy(o -> o.licence().id())).append('\n');
        b.append("per category: ").append(countBy(CorpusObject::category)).append('\n');
        Map<String, Long> evalByCategory = objects.stream()
                .filter(o -> o.split().equals(SplitRule.EVAL))
                .collect(Collectors.groupingBy(CorpusObject::category, TreeMap::new, Collectors.counting()));
        b.append("eval per category: ").append(evalByCategory).append('\n');
        Map<Integer, Long> partsHistogram = objects.stream()
                .collect(Collectors.groupingBy(o -> o.parts().size(), TreeMap::new, Collectors.counting()));
        b.append("parts per object: ").append(partsHistogram).append('\n');
        b.append("objects merged by material: ")
                .append(objects.stream().filter(CorpusObject::mergedByMaterial).count())
                .append('\n');
        b.append("parts dropped below the area floor (all objects read): ")
                .append(droppedSmallParts)
                .append('\n');
        b.append("two-vertex faces ignored: ").append(lineFaces).append('\n');
        b.append("objects skipped: ").append(skipped).append('\n');
        for (String e : errors) {
            b.append("  ").append(e).append('\n');
        }
        b.append("wall time: ").append(millis).append(" ms\n");
        return b.toString();
    }
}

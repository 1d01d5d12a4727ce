package org.geokg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per pipeline stage, summed over every article extracted with it
 * ({@link Extractor#extract(org.geokg.kg.model.Article, StageTimings)}); {@code geokg bench}
 * prints it. Stages are listed in the order they first reported.
 *
 * <pre>{@code
 * StageTimings t = new StageTimings();
 * for (Article a : articles) {
 *     extractor.extract(a, t);
 * }
 * t.nanos();   // {prepare=..., mentions=..., dates=..., analysis=..., events=..., ...}
 * }</pre>
 *
 * Thread-safe: several threads may add to one instance (the sums are then thread time, not wall time).
 */
public final class StageTimings {
    private final Map<String, LongAdder> sums = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    /** Adds {@code nanos} to {@code stage}. */
    public void add(String stage, long nanos) {
        LongAdder sum = sums.get(stage);
        if (sum == null) {
            synchronized (order) {
                sum = sums.get(stage);
                if (sum == null) {
                    sum = new LongAdder();
                    sums.put(stage, sum);
                    order.add(stage);
                }
            }
        }
        sum.add(nanos);
    }

    /** The nanoseconds per stage so far, in stage order. */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : order) {
            out.put(s, sums.get(s).sum());
        }
        return out;
    }

    /** Clears every sum (the stage order is kept). */
    public void reset() {
        for (LongAdder a : sums.values()) {
            a.reset();
        }
    }
}

package org.iseg3d.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shared, lazily built default benchmark (seed 1, 6 objects per category) for the tests. */
final class Benchmark {

    private static List<SceneObject> all;

    private Benchmark() {}

    static synchronized List<SceneObject> all() {
        if (all == null) {
            List<SceneObject> list = new ArrayList<>();
            for (String c : BenchmarkGenerator.categories()) {
                for (int i = 0; i < BenchmarkGenerator.DEFAULT_OBJECTS_PER_CATEGORY; i++) {
                    list.add(BenchmarkGenerator.build(c, i, BenchmarkGenerator.DEFAULT_SEED));
                }
            }
            all = List.copyOf(list);
        }
        return all;
    }

    static Stream<Arguments> objects() {
        return all().stream().map(o -> Arguments.of(o.name(), o));
    }
}

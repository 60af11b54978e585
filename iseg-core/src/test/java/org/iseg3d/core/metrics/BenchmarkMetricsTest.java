package org.iseg3d.core.metrics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkMetricsTest {

    @Test
    void iouByHand() {
        boolean[] a = {true, true, false, false};
        boolean[] b = {true, false, true, false};
        assertEquals(100.0 / 3, Iou.percent(a, b), 1e-9);
        assertEquals(100.0, Iou.percent(new boolean[3], new boolean[3]), 0);
    }

    @Test
    void averagesPerCategoryThenOverCategoriesAndCountsClicks() {
        // category A: two parts; category B: one part. Budget 3 clicks.
        List<PartResult> parts = List.of(
                new PartResult("a1", "A", "p", 100, new double[] {50, 80, 90}),
                new PartResult("a2", "A", "q", 100, new double[] {70, 90, 100}),
                new PartResult("b1", "B", "r", 100, new double[] {20, 40, 86}));
        BenchmarkMetrics m = BenchmarkMetrics.of(parts, 2, 1);
        assertArrayEquals(new double[] {60, 85, 95}, m.categories().get("A").miouAt(), 1e-9);
        assertArrayEquals(new double[] {20, 40, 86}, m.categories().get("B").miouAt(), 1e-9);
        // over categories, not parts: (60+20)/2, (85+40)/2, (95+86)/2
        assertArrayEquals(new double[] {40, 62.5, 90.5}, m.summary().miouAt(), 1e-9);
        assertEquals(2, m.categories().get("A").nocCategory80());
        assertEquals(3, m.categories().get("B").nocCategory85());
        assertNull(m.categories().get("B").nocCategory90());
        assertEquals(2.5, m.summary().nocCategory85(), 1e-9); // (2 + 3) / 2
        assertNull(m.summary().nocCategory90()); // B never reaches 90
        // per part, capped at the budget: NoC@85 = (3, 2, 3) / 3; NoC@90 = (3, 2, 3) / 3
        assertEquals(8.0 / 3, m.summary().noc85(), 1e-9);
        assertEquals(8.0 / 3, m.summary().noc90(), 1e-9);
        assertEquals((2 + 2 + 3) / 3.0, m.summary().noc80(), 1e-9);
        assertEquals(3, m.summary().parts());
        assertEquals(1, m.summary().skippedParts());
    }
}

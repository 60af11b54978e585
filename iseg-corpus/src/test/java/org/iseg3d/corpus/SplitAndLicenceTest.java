package org.iseg3d.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitAndLicenceTest {

    @Test
    void splitIsDeterministicAndNearTheFraction() {
        SplitRule rule = SplitRule.DEFAULT;
        int eval = 0;
        for (int i = 0; i < 2000; i++) {
            String id = "lib/piece" + i;
            assertEquals(rule.splitOf(id), new SplitRule(12, 0.30).splitOf(id));
            if (rule.splitOf(id).equals(SplitRule.EVAL)) {
                eval++;
            }
        }
        assertTrue(eval > 540 && eval < 660, "≈ 30 % of 2000: " + eval);
        assertEquals("eval", new SplitRule(12, 1.0).splitOf("x"));
        assertEquals("train", new SplitRule(12, 0.0).splitOf("x"));
    }

    @Test
    void onlyCc0AndCcByAreAccepted() {
        assertEquals(Optional.of(Licence.CC0), Licence.classify("Public domain"));
        assertEquals(Optional.of(Licence.CC0), Licence.classify("Creative Commons Zero (Public Domain)"));
        assertEquals(Optional.of(Licence.CC_BY_3), Licence.classify("Creative Commons Attribution 3.0 license"));
        assertEquals(
                Optional.of(Licence.CC_BY_3_US),
                Licence.classify(
                        "Creative Commons Attribution 3.0 United States license  Copyright 2003-2008 Andrew Kator"));
        assertEquals(Optional.empty(), Licence.classify("Creative Commons Attribution-NonCommercial 3.0"));
        assertEquals(Optional.empty(), Licence.classify("Creative Commons Attribution-ShareAlike 3.0"));
        assertEquals(Optional.empty(), Licence.classify("Free for non commercial use"));
        assertEquals(Optional.empty(), Licence.classify("All rights reserved"));
        assertEquals(Optional.empty(), Licence.classify(null));
    }

    @Test
    void blendSwapLicenceFile() {
        ModelLicence m = ModelLicence.parse(
                """
                Thank you for downloading "unfinished backpack" by Jo.3D
                Released under
                Creative Commons Attribution 3.0
                Downloaded from http://www.blendswap.com/blends/view/3424
                """);
        assertEquals(Optional.of(Licence.CC_BY_3), m.licence());
        assertEquals("unfinished backpack", m.title());
        assertEquals("Jo.3D", m.author());
        assertEquals("http://www.blendswap.com/blends/view/3424", m.url());
    }
}

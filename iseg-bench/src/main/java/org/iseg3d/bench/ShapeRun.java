package org.iseg3d.bench;

import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.ShapeEvaluator;

/** One evaluated shape. */
public record ShapeRun(LabeledShape shape, ShapeEvaluator.Outcome outcome) {}

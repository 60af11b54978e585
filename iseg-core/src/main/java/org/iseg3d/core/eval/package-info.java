/** Benchmark evaluation of one shape: methods, protocols and per-part results, engine-free. */
package org.iseg3d.core.eval;

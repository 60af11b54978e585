/** Simulated users for benchmarks: the center protocol (standard) and the paper's greedy oracle. */
package org.iseg3d.core.sim;

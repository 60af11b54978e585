/** Segment Smoothing (iSeg3D Alg. 2): add unannotated points surrounded by annotated ones. */
package org.iseg3d.core.smoothing;

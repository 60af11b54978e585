/** Outlier Removal (iSeg3D Alg. 1): drop annotated points not connected to a positive click in Euclidean space. */
package org.iseg3d.core.outlier;

/**
 * The click mechanism of iSeg3D (Sec. 3.2): positive clicks select embedding balls (eq. 6), negative clicks
 * shrink their radii (eq. 7-8), then Outlier Removal and Segment Smoothing clean the mask (Sec. 3.3).
 */
package org.iseg3d.core.click;

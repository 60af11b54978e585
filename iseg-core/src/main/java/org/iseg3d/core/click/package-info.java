/**
 * The click mechanism of iSeg3D (Sec. 3.2): positive clicks select embedding balls (eq. 6), negative clicks
 * shrink their radii (eq. 7-8), then Outlier Removal and Segment Smoothing clean the mask (Sec. 3.3).
 *
 * <p>The method: Sucheng Qian, Liu Liu, Wenqiang Xu, Cewu Lu, "iSeg3D: An Interactive 3D Shape Segmentation Tool",
 * arXiv:2112.12988 [cs.CV], 2021. Equation, algorithm and section numbers in this code base refer to that paper
 * (see ARCHITECTURE.md for where each one lives).
 */
package org.iseg3d.core.click;

/** IoU, mIoU@k and number-of-clicks (NoC) metrics of interactive segmentation (iSeg3D Table 1). */
package org.iseg3d.core.metrics;

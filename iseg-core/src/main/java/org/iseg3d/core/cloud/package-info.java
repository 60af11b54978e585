/** Point clouds with normals (the paper's P, Sec. 3.1) and their normalisation and normal orientation. */
package org.iseg3d.core.cloud;

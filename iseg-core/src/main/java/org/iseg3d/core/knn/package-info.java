/** Exact nearest-neighbour search: a static k-d tree and the N×k neighbour table built from it. */
package org.iseg3d.core.knn;

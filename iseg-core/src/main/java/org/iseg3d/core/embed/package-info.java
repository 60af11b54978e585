/** Point embeddings F(p_i) (paper Sec. 3.1) behind the {@link org.iseg3d.core.embed.Embedder} interface, and the classic baselines. */
package org.iseg3d.core.embed;

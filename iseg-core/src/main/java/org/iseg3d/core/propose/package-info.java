/**
 * Automatic part proposals (beyond the paper): candidate parts found by clustering any embedding on the shape's kNN
 * graph before the first click ({@link org.iseg3d.core.propose.PartProposer}), and the click rule that lets a first
 * positive click on a proposal start the selection from it ({@link org.iseg3d.core.propose.ProposalSeededSelection}).
 */
package org.iseg3d.core.propose;

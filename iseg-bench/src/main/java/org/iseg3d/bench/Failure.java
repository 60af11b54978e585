package org.iseg3d.bench;

/** A file that could not be evaluated, and the one-line reason (listed as {@code failed[]} in the JSON). */
public record Failure(String file, String error) {}

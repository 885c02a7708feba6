/**
 * Synthetic data at national scale: seeded generators of quality systems shaped like those of
 * Swedish municipalities, for benchmarks and load tests. Nothing here is real data.
 */
package se.qms.examples.generate;

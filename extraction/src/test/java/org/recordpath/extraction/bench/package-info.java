/** Scripted benchmarks and memory checks of document reading (run by infra/bench/extraction-bench.sh). */
package org.recordpath.extraction.bench;

/** JMH benchmarks of the transparency log's targets (issue 12): appends, proofs, verification. */
package org.sijil.bench.integrity;

/**
 * JMH benchmarks of the engines. Run them after {@code mvn -B -q -ntp package -DskipTests} with
 * {@code java -cp qms-examples/target/qms.jar org.openjdk.jmh.Main <Benchmark> -prof gc}; the
 * README's Performance section lists the figures and the exact commands.
 */
package se.qms.examples.bench;

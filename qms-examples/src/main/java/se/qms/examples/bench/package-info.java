/**
 * The JMH suite: every engine at national scale, Drools 10 and plain Jackson binding side by side,
 * the machine's memory bandwidth, and the compliance evaluation on two threads. One command runs
 * all of it (about 20 minutes on 2 cores) after {@code mvn -B -q -ntp package -DskipTests}:
 *
 * <pre>java -cp qms-examples/target/qms.jar org.openjdk.jmh.Main -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc -rf json -rff target/jmh-suite.json</pre>
 *
 * <p>Add {@code -wi 1 -i 1 -r 1s} for a smoke run that only checks every benchmark runs, or a
 * benchmark's name to run one. The README's Performance section lists the figures, goals and
 * ratios of one run.
 */
package se.qms.examples.bench;

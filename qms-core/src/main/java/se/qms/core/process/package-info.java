/**
 * The process hierarchy of a management system (SOSFS 2011:9 4 kap. 1–6 §§; seed 000 §2, seed
 * 002 §5.1): the processes needed to secure quality, their activities and order (routines), who
 * owns and leads them, how cooperation (samverkan) is secured, and how far each process has been
 * developed on SIQ's ProcessIndex.
 *
 * <p>A {@link se.qms.core.process.ProcessMap} holds three categories (ledningsprocesser,
 * huvud- or kärnprocesser, stödprocesser), purpose groups, process areas, processes and
 * sub-processes, each identified by a hierarchical {@link se.qms.core.process.ProcessNumber} such
 * as {@code 2.1.2.3.5}.
 */
@QmsStyle
package se.qms.core.process;

import se.qms.core.QmsStyle;

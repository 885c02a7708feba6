package se.qms.examples.vendor;

import java.time.LocalDate;
import java.util.Optional;
import se.qms.core.compliance.FindingSeverity;

/**
 * A row of the {@code findings} table.
 *
 * @param ruleId the rule's stable id
 * @param subject the object's path, e.g. {@code complaints/K-2024-0017}
 * @param seq 0 unless one rule finds several things about one object
 * @param unitId the unit of the object, when it has one
 * @param severity how serious
 * @param messageSv the message in Swedish
 * @param messageEn the message in English
 * @param basis the legal reference or policy
 * @param open whether the finding is open (else closed: resolved)
 * @param openedOn the day it was (last) opened
 * @param closedOn the day it was closed, when closed
 */
public record StoredFinding(
    String ruleId,
    String subject,
    int seq,
    Optional<String> unitId,
    FindingSeverity severity,
    String messageSv,
    String messageEn,
    String basis,
    boolean open,
    LocalDate openedOn,
    Optional<LocalDate> closedOn) {}

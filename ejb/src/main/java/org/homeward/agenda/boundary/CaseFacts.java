package org.homeward.agenda.boundary;

import java.time.LocalDate;
import java.util.List;
import org.homeward.resident.entity.ResidentStatus;

/**
 * What decides what is due in a case.
 *
 * @param caseOpenedOn when the current focal point took the case on, or the status date without one
 * @param lastAssessedOn the latest needs assessment, null if none
 * @param reviewsOpen the support plan reviews after the move not yet done, by due date
 * @param openSteps the support plan's steps not done, with their dates (steps without a date are left out)
 * @param movedOn the latest move, null while the person has not moved
 * @param lastVisitOn the latest follow-up visit since that move, null if none
 * @param qualityOfLifeDueOn when the next quality-of-life check with the person is due, null if none is
 */
public record CaseFacts(
    ResidentStatus status,
    LocalDate statusSince,
    LocalDate caseOpenedOn,
    LocalDate lastAssessedOn,
    List<LocalDate> reviewsOpen,
    List<Step> openSteps,
    LocalDate movedOn,
    LocalDate lastVisitOn,
    LocalDate qualityOfLifeDueOn) {

  public record Step(String text, LocalDate dueOn) {}
}

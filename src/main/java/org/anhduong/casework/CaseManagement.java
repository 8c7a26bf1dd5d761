package org.anhduong.casework;

import org.anhduong.audit.AuditEvent;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * The casework module's entry point: cases, their clients and companions, lists and search.
 *
 * <p><b>Who may do what</b> (decided here, for screens and API alike; DESIGN.md §3):
 * <ul>
 *   <li>{@code CASE_WORKER} and {@code SUPERVISOR} open cases and work the cases of their team. A case's team is its
 *       assigned case worker, its supervisor, and every {@code SUPERVISOR} of the case's organisation; they read and
 *       change it.</li>
 *   <li>{@code HOTLINE_COUNSELLOR} may open a case from a contact of her organisation; she then learns the case number
 *       ({@link OpenedCase}) and nothing more unless she is also on the team.</li>
 *   <li>Anyone else learns at most that a matching case exists and where ({@link CaseSearchResult#elsewhere()}). An
 *       {@code ADMINISTRATOR} administers but does not read case content unless another role allows it.</li>
 * </ul>
 * A case the user may not read answers {@link NotFoundException}, exactly as one that does not exist (so its existence
 * is not confirmed by guessing ids), and the attempt is audited with outcome DENIED. An action the user's roles never
 * allow (a viewer opening a case) answers {@link ForbiddenException}, also audited.
 *
 * <p><b>Audit</b>: every read of a case ({@code case.read}) or of a client's details ({@code client.read}, only when
 * they are read, not for the case alone), every reveal of a name
 * ({@code client.revealName}), every create and change, list and search, every case opened for an existing client
 * ({@code client.attach}); record types {@code case}, {@code client}, {@code companion}.
 *
 * <p><b>Events</b>: {@link CaseOpened}, {@link CaseAssigned}, {@link CaseStatusChanged}.
 *
 * <p>Invalid input throws {@link InvalidInputException} naming every bad field; a stale version throws
 * {@link ConflictException} {@code stale-version}.
 */
public interface CaseManagement {

    /**
     * Opens a case with a new client and her companions, or for an existing client ({@link NewCase#clientId()}) of a
     * case the user may read (any other answers {@link NotFoundException}, audited DENIED as {@code client.attach}).
     * A case worker who opens a case is its worker; otherwise it is an unassigned intake in the organisation's team
     * list. Linked contacts are linked on the hotline's side too.
     *
     * @throws PossibleDuplicateException when a matching client exists and {@code confirmNoDuplicate} is not true
     */
    OpenedCase open(NewCase draft);

    /**
     * A new case pre-filled from a hotline contact of the user's organisation: caller's phone, sex, age group and
     * commune for the client, a case type suggested by the categories, a priority from the urgency, source HOTLINE.
     * Reads the contact (audited by the hotline); nothing is stored.
     */
    NewCase draftFromContact(long contactId);

    /**
     * The case with its client (names hidden) and companions. Audited as {@code case.read} and {@code client.read}: use
     * it where the client's details are shown.
     */
    CaseFile find(long caseId);

    /**
     * The case alone, without its client or companions, for screens that show none of their details (the case file's
     * header and the tabs about the case). Audited as {@code case.read} only.
     */
    CaseRecord caseRecord(long caseId);

    /** The signed-in user's own cases (assigned to them), newest first. Audited as a list. */
    CasePage myCases(int page, int size);

    /**
     * The cases of the signed-in supervisor's organisation, unassigned intakes first, then newest first. Supervisors
     * only.
     */
    CasePage teamCases(int page, int size);

    /**
     * Changes status, priority, risk level or team.
     *
     * @param version the version the caller read
     */
    CaseRecord update(long caseId, int version, CaseChanges changes);

    /** The case's client, names hidden. Audited as {@code client.read}. */
    Client client(long caseId);

    /**
     * Replaces the client's details. A null {@code fullName} or {@code otherNames} keeps the stored one (they are not
     * sent to clients unless revealed); an empty text removes it.
     */
    Client updateClient(long caseId, int version, ClientDetails details);

    /** The client's names. Audited as {@code client.revealName}. */
    ClientName revealName(long caseId);

    /** The case's companions, in the order they were added. */
    List<Companion> companions(long caseId);

    /** Adds a companion to the case. */
    Companion addCompanion(long caseId, CompanionDetails details);

    /**
     * Replaces a companion's details (a null name removes it; companions' names are shown to the team).
     *
     * @throws NotFoundException a companion that is not the case's, or was removed
     */
    Companion updateCompanion(long caseId, long companionId, int version, CompanionDetails details);

    /**
     * Removes a companion recorded by mistake. The record is kept, marked removed, and no longer listed.
     *
     * @throws NotFoundException a companion that is not the case's, or was removed
     */
    void removeCompanion(long caseId, long companionId, int version);

    /**
     * Finds cases by case number, survivor code, phone, căn cước or name words, at most {@link CaseSearchResult#LIMIT}.
     * Audited as {@code case.search}, without the criteria.
     */
    CaseSearchResult search(CaseSearch search);

    /** The case's audit events, newest first (one page), for its team. */
    List<AuditEvent> history(long caseId);

    /** Users of the case's organisation who may be assigned to it: active case workers, for the case's supervisors. */
    List<TeamMember> assignableWorkers(long caseId);
}

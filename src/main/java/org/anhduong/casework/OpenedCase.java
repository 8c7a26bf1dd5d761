package org.anhduong.casework;

/**
 * What the person who opened a case learns: its number and survivor code, and whether they are on its team (a hotline
 * counsellor usually is not, and then sees no more than this).
 */
public record OpenedCase(long id, String caseNumber, String survivorCode, int version, boolean onTeam) {
}

package org.anhduong.casework;

/** A transfer as the sender asks for it: the receiving organisation and why (encrypted; the receiver reads it). */
public record TransferRequest(long toOrganisationId, String reason) {
}

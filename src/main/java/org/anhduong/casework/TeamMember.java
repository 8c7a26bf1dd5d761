package org.anhduong.casework;

/** A user on a case's team, or who could be, by id and display name. */
public record TeamMember(long userId, String fullName) {
}

package org.anhduong.identity;

/** A user's id and full name: what a page needs to name people or offer them in a list, without their account. */
public record UserName(long id, String fullName) {
}

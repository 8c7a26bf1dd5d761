package org.anhduong.hotline;

/**
 * A hotline number an organisation answers, e.g. "1800 1769". Numbers are short codes and toll-free numbers, so they
 * are kept as written (digits and spaces), not in E.164.
 */
public record HotlineLine(long id, String number, String name, long organisationId, boolean active, int version) {
}

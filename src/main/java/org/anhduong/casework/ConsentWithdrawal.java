package org.anhduong.casework;

import java.time.LocalDate;

/** A consent's withdrawal: the day (not before it was given, not in the future) and who withdrew it. */
public record ConsentWithdrawal(LocalDate withdrawnOn, ConsentGiver withdrawnBy) {
}

package org.anhduong.casework;

/** Where a transfer stands: PENDING until the receiver accepts or declines it, or the sender withdraws it. */
public enum TransferState {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    public boolean mayBecome(TransferState next) {
        return this == PENDING && next != PENDING;
    }
}

package org.anhduong.hotline;

/** How the contact reached the hotline. */
public enum Channel {
    PHONE,
    SMS,
    ZALO,
    WEB_CHAT,
    EMAIL,
    WALK_IN,
    LETTER,
    /** Transferred from the national child helpline 111. */
    TRANSFER_111,
    /** Transferred from another hotline than 111. */
    TRANSFER_OTHER_HOTLINE,
    /** Handed over by the police or another authority. */
    AUTHORITY_HANDOVER
}

package org.anhduong.shelter;

/** What an emergency support episode gave. */
public enum SupportType {
    SAFE_ACCOMMODATION,
    MEDICAL_CARE,
    FOOD_AND_ESSENTIALS,
    TRANSPORT,
    CASH,
    CLOTHES,
    ESCORT_TO_POLICE_OR_COURT
}

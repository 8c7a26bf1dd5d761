package org.anhduong.casework;

/**
 * Who decides a prohibition of contact (Law 13/2022/QH15 Art. 23): the chair of the commune People's Committee (chủ
 * tịch UBND cấp xã), for at most 3 days, or a court, for longer.
 */
public enum OrderIssuer {
    COMMUNE_CHAIR,
    COURT
}

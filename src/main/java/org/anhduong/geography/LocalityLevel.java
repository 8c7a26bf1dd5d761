package org.anhduong.geography;

/** Since 1 July 2025 Vietnam has two levels: provinces and commune-level units (phường, xã, đặc khu). */
public enum LocalityLevel {
    PROVINCE, COMMUNE
}

package org.anhduong.casework;

/** The client's risk as last judged; UNKNOWN until someone has assessed it. */
public enum RiskLevel {
    UNKNOWN,
    LOW,
    MEDIUM,
    HIGH
}
